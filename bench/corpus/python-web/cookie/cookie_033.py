import secrets
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/remember", methods=["POST"])
def remember():
    token = secrets.token_hex(24)
    resp = make_response("ok")
    # expect: CWE-1004
    resp.set_cookie("remember_token", token, secure=True, samesite="Strict", max_age=30 * 86400)
    return resp
