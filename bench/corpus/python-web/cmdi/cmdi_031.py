"""Command proxy."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/exec", methods=["GET", "POST"])
def execute():
    cmd, flag = request.values.get("cmd", "true"), "--verbose"
    # expect: CWE-78
    result = subprocess.run(f"{cmd} {flag}", shell=True, capture_output=True)
    return result.stdout
