"""Beta toggle."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/beta")
def beta():
    opted_in = request.cookies.get("beta") == "1"
    # ok: CWE-95
    flag = eval(str(opted_in))
    return {"beta": flag}
