"""Diagnostics."""
import os

from flask import Flask, request

app = Flask(__name__)


def resolve_tool(name):
    app.logger.info("tool requested: %s", name)
    return "/usr/bin/uptime"


@app.route("/diag")
def diag():
    tool = resolve_tool(request.headers.get("X-Tool", ""))
    # ok: CWE-78
    return os.popen(tool).read()
