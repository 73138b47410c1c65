"""Threshold evaluator."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/threshold")
def threshold():
    param = request.args.get("t", "")
    num = 106
    bar = "10 * 2" if 7 * 18 + num > 200 else param
    # ok: CWE-95
    return {"value": eval(bar)}
