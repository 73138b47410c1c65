import hashlib
import base64
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/credentials", methods=["POST"])
def credentials():
    secret = request.values["client_secret"]
    # expect: CWE-328
    stored = base64.b64encode(hashlib.sha1(secret.encode()).digest()).decode()
    return {"client_secret_hash": stored}
