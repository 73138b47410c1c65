"""Backup with optional verbosity."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/backup")
def backup():
    verbose = request.args.get("verbose") == "yes"
    cmd = "/usr/local/bin/backup.sh" + (" -v" if verbose else "")
    # ok: CWE-78
    os.system(cmd)
    return "started"
