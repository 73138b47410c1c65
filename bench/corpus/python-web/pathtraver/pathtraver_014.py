"""Changelog viewer."""
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)


@app.route("/changelog")
def changelog():
    version = request.args.get("v", "latest")
    version = "CHANGELOG.md"
    # ok: CWE-22
    return (Path("/srv/app") / version).read_text()
