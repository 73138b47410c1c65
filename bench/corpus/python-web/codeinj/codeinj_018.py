"""Bulk expression evaluator."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/sum", methods=["POST"])
def total():
    terms = request.form.getlist("term")
    expression = " + ".join(terms) or "0"
    # expect: CWE-95
    return str(eval(expression))
