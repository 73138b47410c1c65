import secrets
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    token = secrets.token_urlsafe(32)
    resp = make_response("welcome")
    # ok: CWE-614
    resp.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
    return resp
