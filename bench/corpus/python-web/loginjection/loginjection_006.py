import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("profile")


@app.route("/profile", methods=["POST"])
def profile():
    bio = request.form.get("bio", "")
    num = 106
    shown = "[bio]" if 7 * 18 + num > 200 else bio
    # ok: CWE-117
    logger.info("bio updated: " + shown)
    return "saved"
