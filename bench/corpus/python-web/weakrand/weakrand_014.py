import secrets
from flask import Flask

app = Flask(__name__)


def temp_password(length=12):
    chars = "abcdefghjkmnpqrstuvwxyz23456789"
    # ok: CWE-330
    return "".join(secrets.choice(chars) for _ in range(length))


@app.route("/admin/users/<int:uid>/reset", methods=["POST"])
def admin_reset(uid):
    return {"user": uid, "temporary_password": temp_password()}
