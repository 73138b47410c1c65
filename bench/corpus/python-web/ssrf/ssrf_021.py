import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/mirror")
def mirror():
    hosts = [request.cookies.get("mirror", ""), "mirror1.example.com"]
    chosen = hosts[0]
    # expect: CWE-918
    r = requests.head("https://" + chosen + "/pkg.tar.gz", timeout=5)
    return {"size": r.headers.get("Content-Length")}
