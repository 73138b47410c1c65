import secrets
from flask import Flask, make_response

app = Flask(__name__)
HTTP_ONLY = True


@app.route("/csrf-session", methods=["POST"])
def csrf_session():
    resp = make_response("ok")
    # ok: CWE-1004
    resp.set_cookie("auth", secrets.token_urlsafe(32), secure=True, httponly=HTTP_ONLY)
    return resp
