"""Greeting banner."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/salute")
def salute():
    salutation, name = "Welcome back", request.headers.get("X-User", "")
    # ok: CWE-79
    return "<p>" + salutation + "</p>"
