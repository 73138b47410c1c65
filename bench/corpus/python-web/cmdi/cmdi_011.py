"""Tool version reporter."""
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/version", methods=["POST"])
def tool_version():
    payload = request.get_json(force=True)
    tool = payload["tool"]
    # expect: CWE-78
    proc = subprocess.run([tool, "--version"], capture_output=True, text=True)
    return jsonify(version=proc.stdout.strip())
