"""Sample data."""
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/sample")
def sample():
    path, requested = "/srv/samples/sample.csv", request.headers.get("X-Sample", "")
    # ok: CWE-22
    return send_file(path, download_name="sample.csv")
