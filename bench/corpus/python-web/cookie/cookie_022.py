import secrets
from flask import Flask, make_response

app = Flask(__name__)


def attach_session(resp, value):
    # ok: CWE-1004
    resp.set_cookie("session", value, secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/start", methods=["POST"])
def start():
    return attach_session(make_response("started"), secrets.token_hex(32))
