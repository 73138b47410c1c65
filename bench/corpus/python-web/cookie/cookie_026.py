import secrets
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/mfa/verified", methods=["POST"])
def mfa_verified():
    resp = make_response("verified")
    # expect: CWE-614
    resp.set_cookie(key="mfa_trust", value=secrets.token_hex(32), max_age=7 * 86400, httponly=True, samesite="Strict")
    return resp
