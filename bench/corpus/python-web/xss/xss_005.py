"""Uploaded file acknowledgement."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save("/tmp/upload.bin")
    # expect: CWE-79
    return "<p>Received <em>{}</em></p>".format(f.filename)
