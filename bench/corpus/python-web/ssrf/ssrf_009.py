import requests
from flask import Flask, request

app = Flask(__name__)


class Fetcher:
    def __init__(self):
        self.session = requests.Session()

    def fetch(self, path):
        # ok: CWE-918
        return self.session.get("https://unfurl.example.com/render", params={"u": path}, timeout=5).text


FETCHER = Fetcher()


@app.route("/unfurl", methods=["POST"])
def unfurl():
    return FETCHER.fetch(request.form["link"])[:300]
