import json
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    # ok: CWE-502
    state = json.loads(request.data)
    return {"keys": list(state)}
