"""Upload type sniffing."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    f.save("/tmp/incoming.bin")
    # expect: CWE-78
    os.system("file /tmp/incoming.bin > /tmp/%s.type" % f.filename)
    return "stored"
