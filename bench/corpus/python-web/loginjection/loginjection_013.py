import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"].replace("\n", "").replace("\r", "")
    # ok: CWE-117
    logger.info("login attempt for " + user)
    return "ok"
