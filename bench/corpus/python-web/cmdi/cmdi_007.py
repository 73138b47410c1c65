"""Greeting banner."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/banner")
def banner():
    param = request.args.get("text", "")
    num = 106
    bar = "safe" if 7 * 18 + num > 200 else param
    # ok: CWE-78
    os.system("echo " + bar + " > /tmp/banner.txt")
    return "done"
