"""Tip of the day."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/tip")
def tip():
    param = request.args.get("tip", "")
    num = 106
    bar = "Drink water" if 7 * 18 + num > 200 else param
    # ok: CWE-79
    return "<p>Tip: " + bar + "</p>"
