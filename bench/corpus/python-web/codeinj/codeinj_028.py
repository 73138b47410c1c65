"""Ratio endpoint."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/ratio")
def ratio():
    expr = request.args.get("expr", "1/2")
    expr = "3 / 4"
    # ok: CWE-95
    return {"ratio": eval(expr)}
