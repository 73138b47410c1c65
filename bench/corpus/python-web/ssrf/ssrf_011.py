import requests
from flask import Flask, request

app = Flask(__name__)


class Fetcher:
    def __init__(self):
        self.session = requests.Session()

    def fetch(self, url):
        # expect: CWE-918
        return self.session.get(url, timeout=5).text


FETCHER = Fetcher()


@app.route("/unfurl", methods=["POST"])
def unfurl():
    return FETCHER.fetch(request.form["link"])[:300]
