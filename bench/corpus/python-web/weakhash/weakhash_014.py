from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}


@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    # ok: CWE-328
    USERS[request.form["username"]] = generate_password_hash(password)
    return "registered", 201
