"""Image conversion service."""
import os

from flask import Flask, request

app = Flask(__name__)


def build_command(tool, *args):
    return " ".join([tool, *args])


@app.route("/convert", methods=["POST"])
def convert():
    src = request.form["source"]
    command = build_command("convert", src, "-resize", "50%", "/tmp/thumb.png")
    # expect: CWE-78
    os.system(command)
    return "queued"
