"""Greeting page."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: CWE-79
    return "<h1>Hello " + name + "</h1>"
