import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("session")


def describe(token_owner):
    return "session opened by " + token_owner.strip()


@app.route("/open")
def open_session():
    owner = request.cookies.get("owner", "anonymous")
    # expect: CWE-117
    logger.info(describe(owner))
    return "ok"
