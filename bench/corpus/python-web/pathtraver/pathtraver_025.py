"""Attachment download."""
from flask import Flask, request, send_file

app = Flask(__name__)

BASE = "/srv/app/attachments"


@app.route("/download")
def download():
    filename = request.args["file"]
    # expect: CWE-22
    return send_file(BASE + "/" + filename, as_attachment=True)
