import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("api")


@app.route("/items")
def items():
    agent = request.headers.get("User-Agent", "")
    # expect: CWE-117
    log.warning("unusual client %s", agent)
    return {"items": []}
