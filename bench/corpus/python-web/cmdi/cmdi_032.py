"""Directory size check."""
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.route("/size")
def size():
    directory = request.args["dir"]
    # ok: CWE-78
    out = os.popen("du -sh " + shlex.quote(directory)).read()
    return out
