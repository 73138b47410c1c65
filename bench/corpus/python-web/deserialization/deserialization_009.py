import json
from flask import Flask, request

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    encoded = request.form["prefs"]
    # ok: CWE-502
    obj = json.loads(encoded)
    return {"theme": obj.get("theme", "light")}
