import hashlib
from flask import Flask, request

app = Flask(__name__)
USERS = {}


@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    # expect: CWE-328
    USERS[request.form["username"]] = hashlib.md5(password.encode()).hexdigest()
    return "registered", 201
