import secrets
import base64
from flask import Flask

app = Flask(__name__)


@app.route("/oauth/state")
def oauth_state():
    # ok: CWE-330
    raw = secrets.token_bytes(24)
    return {"state": base64.urlsafe_b64encode(raw).decode()}
