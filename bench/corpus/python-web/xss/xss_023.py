"""Command preview page."""
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdpreview")
def cmd_preview():
    arg = shlex.quote(request.args.get("arg", ""))
    # expect: CWE-79
    return "<code>grep " + arg + " /var/log/app.log</code>"
