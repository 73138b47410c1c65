import random
import base64
from flask import Flask

app = Flask(__name__)


@app.route("/oauth/state")
def oauth_state():
    # expect: CWE-330
    raw = bytes(random.randint(0, 255) for _ in range(24))
    return {"state": base64.urlsafe_b64encode(raw).decode()}
