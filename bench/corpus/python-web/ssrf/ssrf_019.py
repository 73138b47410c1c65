import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    cfg = request.get_json()
    endpoint = cfg["callback"]
    # expect: CWE-918
    r = requests.post(endpoint, json={"event": "ping"}, timeout=5)
    return {"status": r.status_code}
