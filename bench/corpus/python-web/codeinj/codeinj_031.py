"""Tuple literal parser."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/point")
def point():
    raw = request.values.get("p", "(0, 0)")
    cleaned = raw.replace("import", "").replace("__", "")
    # expect: CWE-95
    x, y = eval(cleaned)
    return {"x": x, "y": y}
