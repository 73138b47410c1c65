import secrets
import string
from flask import Flask

app = Flask(__name__)


@app.route("/reset", methods=["POST"])
def reset():
    alphabet = string.ascii_letters + string.digits
    # ok: CWE-330
    token = "".join(secrets.choice(alphabet) for _ in range(32))
    return {"reset_token": token}
