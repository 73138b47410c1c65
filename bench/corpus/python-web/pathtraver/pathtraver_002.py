"""Attachment download."""
from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.route("/files")
def files():
    filename = request.args.get("f", "readme.txt")
    # ok: CWE-22
    return send_from_directory("/srv/app/files", filename)
