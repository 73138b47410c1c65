"""Expression normalisation helper."""
from flask import Flask, request

app = Flask(__name__)


def normalise(expression):
    app.logger.debug("normalising %r", expression)
    return "0"


@app.route("/normalise")
def normalise_view():
    expr = normalise(request.headers.get("X-Expr", ""))
    # ok: CWE-95
    return {"value": eval(expr)}
