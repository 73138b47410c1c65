"""Unit conversion by path."""
from flask import Flask

app = Flask(__name__)


@app.route("/convert/<path:amount>")
def convert(amount):
    # expect: CWE-95
    meters = eval(amount) * 0.3048
    return {"meters": meters}
