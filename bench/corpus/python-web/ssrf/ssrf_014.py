import html
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/import")
def import_feed():
    feed = html.escape(request.values.get("feed", ""))
    # expect: CWE-918
    body = requests.get(feed, timeout=10).content
    return {"bytes": len(body)}
