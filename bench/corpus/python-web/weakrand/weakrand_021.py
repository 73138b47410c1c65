import random
from flask import Flask

app = Flask(__name__)


def temp_password(length=12):
    chars = "abcdefghjkmnpqrstuvwxyz23456789"
    # expect: CWE-330
    return "".join(random.choices(chars, k=length))


@app.route("/admin/users/<int:uid>/reset", methods=["POST"])
def admin_reset(uid):
    return {"user": uid, "temporary_password": temp_password()}
