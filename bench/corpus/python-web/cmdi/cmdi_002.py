"""Service status."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/status", methods=["POST"])
def status():
    items = ["nginx", request.form.get("service", "")]
    # ok: CWE-78
    out = subprocess.run("systemctl is-active " + items[0], shell=True, capture_output=True)
    return out.stdout
