import requests
from flask import Flask, request

app = Flask(__name__)

base = lambda p: "https://docs.example.com/"


@app.route("/docs/<path:page>")
def docs(page):
    # ok: CWE-918
    r = requests.get(base(page), params={"page": page}, timeout=5)
    return r.text
