"""Build notification."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/notify")
def notify():
    message, recipient = "build finished", request.args.get("to", "")
    # ok: CWE-78
    os.system("logger -t ci '" + message + "'")
    return f"notified {len(recipient)} recipients"
