import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("session")


def describe(token_owner):
    return "session opened"


@app.route("/open")
def open_session():
    owner = request.cookies.get("owner", "anonymous")
    # ok: CWE-117
    logger.info(describe(owner))
    return "ok"
