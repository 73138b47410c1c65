"""Greeting page."""
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # ok: CWE-79
    return "<h1>Hello " + html.escape(name) + "</h1>"
