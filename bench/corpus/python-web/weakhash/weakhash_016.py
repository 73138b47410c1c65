from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
PASSWORDS = {}


@app.route("/invite/accept", methods=["POST"])
def accept():
    body = request.get_json()
    user, pw = body["user"], body["password"]
    # ok: CWE-328
    PASSWORDS[user] = generate_password_hash(pw, method="scrypt")
    return "welcome"
