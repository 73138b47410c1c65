"""Config reader."""
import os

from flask import Flask, jsonify, request

app = Flask(__name__)

CONFIG_DIR = "/etc/app/conf.d"


@app.route("/config", methods=["POST"])
def config():
    name = request.get_json()["name"]
    path = os.path.normpath(os.path.join(CONFIG_DIR, name))
    # expect: CWE-22
    with open(path) as fh:
        return jsonify(content=fh.read())
