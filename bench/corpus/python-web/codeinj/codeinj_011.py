"""Default formula."""
from flask import Flask, request

app = Flask(__name__)

default_formula = lambda requested: "40 + 2"


@app.route("/answer")
def answer():
    expr = default_formula(request.values.get("formula", ""))
    # ok: CWE-95
    return {"answer": eval(expr)}
