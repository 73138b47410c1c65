from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, request

app = Flask(__name__)
ph = PasswordHasher()
USERS = {"alice": "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$hash"}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    try:
        # ok: CWE-328
        ok = ph.verify(USERS.get(user, ""), request.form["password"])
    except VerifyMismatchError:
        ok = False
    return {"ok": ok}
