"""Shared file download."""
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)

BASE = "/srv/shared"


@app.route("/shared")
def shared():
    requested = request.args.get("path", "")
    resolved = os.path.realpath(os.path.join(BASE, requested))
    if os.path.commonpath([resolved, BASE]) != BASE:
        abort(403)
    # ok: CWE-22
    return send_file(resolved)
