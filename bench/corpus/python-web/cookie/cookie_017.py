import secrets
from flask import Flask, make_response

app = Flask(__name__)
COOKIE_OPTS = {"httponly": True, "samesite": "Lax"}


@app.route("/signin", methods=["POST"])
def signin():
    resp = make_response("hi")
    # expect: CWE-614
    resp.set_cookie("session_id", secrets.token_hex(16), **COOKIE_OPTS)
    return resp
