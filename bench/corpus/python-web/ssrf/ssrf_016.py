import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/docs/<path:page>")
def docs(page):
    page = page.replace("..", "")
    # expect: CWE-918
    r = requests.get("http://" + page, timeout=5)
    return r.text
