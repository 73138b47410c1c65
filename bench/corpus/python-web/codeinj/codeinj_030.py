"""Formula evaluation."""
from flask import Flask, request

app = Flask(__name__)


def parenthesize(expression):
    return "(" + expression.strip() + ")"


@app.route("/formula")
def formula():
    expr = request.args["f"]
    # expect: CWE-95
    return str(eval(parenthesize(expr) + " + 0"))
