import bcrypt
from flask import Flask, request

app = Flask(__name__)


class PasswordStore:
    def __init__(self):
        self.rows = {}

    def set(self, user, password):
        # ok: CWE-328
        self.rows[user] = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


STORE = PasswordStore()


@app.route("/admin/users", methods=["POST"])
def add_user():
    STORE.set(request.form["user"], request.form["password"])
    return "", 201
