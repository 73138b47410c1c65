"""Compression endpoint."""
import os

from flask import Flask, abort, request

app = Flask(__name__)

LEVELS = {"fast", "best", "default"}


@app.route("/compress", methods=["POST"])
def compress():
    level = request.form.get("level", "default")
    if level not in LEVELS:
        abort(400)
    # ok: CWE-78
    os.system("/usr/local/bin/pack --level=" + level + " /srv/export")
    return "packed"
