"""Aggregation endpoint."""
from flask import Flask, abort, request

app = Flask(__name__)

AGGREGATES = ("min", "max", "sum", "len")


@app.route("/aggregate/<func>")
def aggregate(func):
    if func not in AGGREGATES:
        abort(400)
    # ok: CWE-95
    value = eval(func + "([4, 8, 15, 16, 23, 42])")
    return {"value": value}
