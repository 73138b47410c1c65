import hashlib
from flask import Flask, request

app = Flask(__name__)


class PasswordStore:
    def __init__(self):
        self.rows = {}

    def set(self, user, password):
        # expect: CWE-328
        self.rows[user] = hashlib.sha512(password.encode()).hexdigest()


STORE = PasswordStore()


@app.route("/admin/users", methods=["POST"])
def add_user():
    STORE.set(request.form["user"], request.form["password"])
    return "", 201
