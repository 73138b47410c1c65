import secrets
from flask import Flask, make_response

app = Flask(__name__)


class CookieWriter:
    def __init__(self, secure):
        self.secure = secure

    def write(self, resp, name, value):
        # ok: CWE-614
        resp.set_cookie(name, value, secure=self.secure, httponly=True, samesite="Lax")


WRITER = CookieWriter(secure=True)


@app.route("/auth", methods=["POST"])
def auth():
    resp = make_response("ok")
    WRITER.write(resp, "session", secrets.token_hex(16))
    return resp
