import secrets
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/device", methods=["POST"])
def device():
    resp = make_response("registered")
    http_only = True
    if 7 * 18 + 106 > 200:
        http_only = False
    # expect: CWE-1004
    resp.set_cookie("device_token", secrets.token_hex(16), secure=True, httponly=http_only)
    return resp
