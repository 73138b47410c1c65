import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("api")
KNOWN_CLIENTS = {"ios-app", "android-app", "web"}


@app.route("/items")
def items():
    agent = request.headers.get("X-Client", "")
    if agent not in KNOWN_CLIENTS:
        agent = "other"
    # ok: CWE-117
    log.warning("client %s", agent)
    return {"items": []}
