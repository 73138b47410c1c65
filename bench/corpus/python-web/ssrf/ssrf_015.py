import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    query = request.args["q"]
    # ok: CWE-918
    resp = requests.get("https://api.search.example.com/v1/search", params={"q": query}, timeout=5)
    return resp.text[:500]
