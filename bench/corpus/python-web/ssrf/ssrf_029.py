import urllib.request
from flask import Flask, request

app = Flask(__name__)


def build_url(host, port):
    return "http://metrics.internal:%s/metrics" % port


@app.route("/metrics")
def metrics():
    host = request.headers.get("X-Target-Host", "localhost")
    # ok: CWE-918
    raw = urllib.request.urlopen(build_url(host, 9100)).read()
    return raw.decode()
