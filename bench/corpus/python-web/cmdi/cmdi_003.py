"""Listing with user-selected verbosity."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ls")
def ls():
    flags = ["-l" for _ in request.args.getlist("detail")]
    # ok: CWE-78
    os.system("ls " + " ".join(flags) + " /srv/public > /tmp/listing.txt")
    return "ok"
