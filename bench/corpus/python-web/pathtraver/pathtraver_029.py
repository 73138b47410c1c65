"""Help page loader."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/help")
def help_page():
    param = request.args.get("page", "")
    num = 106
    bar = "index.txt" if 7 * 18 + num > 200 else param
    # ok: CWE-22
    with open(os.path.join("/srv/help", bar)) as fh:
        return fh.read()
