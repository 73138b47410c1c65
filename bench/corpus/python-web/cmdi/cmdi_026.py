"""Client fingerprint lookup."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/whois")
def whois():
    agent = request.headers.get("X-Client-Host", "")
    short = agent[:64]
    # expect: CWE-78
    info = os.popen("whois " + short).read()
    return info, 200, {"Content-Type": "text/plain"}
