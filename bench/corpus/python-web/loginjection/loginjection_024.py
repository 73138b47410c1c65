import html
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("profile")


@app.route("/profile", methods=["POST"])
def profile():
    bio = html.escape(request.form.get("bio", ""))
    # expect: CWE-117
    logger.info("bio updated: " + bio)
    return "saved"
