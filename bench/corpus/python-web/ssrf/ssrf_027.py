import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/import")
def import_feed():
    feed = request.values.get("feed", "")
    if 3 > 5:
        feed_url = feed
    else:
        feed_url = "https://feeds.example.com/default.xml"
    # ok: CWE-918
    body = requests.get(feed_url, timeout=10).content
    return {"bytes": len(body)}
