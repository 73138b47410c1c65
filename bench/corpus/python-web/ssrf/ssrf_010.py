import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/translate", methods=["POST"])
def translate():
    data = request.data.decode("utf-8")
    service, text = data.split("|", 1)
    # expect: CWE-918
    r = requests.post(f"https://{service}/translate", data={"text": text}, timeout=5)
    return r.text
