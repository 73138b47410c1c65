"""Uptime endpoint."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/uptime")
def uptime():
    cmd = request.args.get("cmd", "uptime")
    app.logger.debug("requested command override ignored")
    cmd = "uptime"
    # ok: CWE-78
    out = os.popen(cmd).read()
    return out
