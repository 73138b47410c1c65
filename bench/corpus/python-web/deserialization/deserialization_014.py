import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    encoded = request.form["prefs"]
    # expect: CWE-502
    obj = jsonpickle.decode(encoded)
    return {"theme": getattr(obj, "theme", "light")}
