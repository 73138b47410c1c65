import hashlib
from flask import Flask, request

app = Flask(__name__)
PASSWORDS = {}


@app.route("/invite/accept", methods=["POST"])
def accept():
    body = request.get_json()
    user, pw = body["user"], body["password"]
    h = hashlib.md5()
    h.update(pw.encode("utf-8"))
    # expect: CWE-328
    PASSWORDS[user] = h.hexdigest()
    return "welcome"
