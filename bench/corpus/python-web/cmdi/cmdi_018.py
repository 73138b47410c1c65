"""Raw job runner for the internal scheduler."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/jobs/run", methods=["POST"])
def run_job():
    body = request.data.decode("utf-8")
    job = body.strip().encode("ascii", "ignore").decode("ascii")
    # expect: CWE-78
    proc = subprocess.Popen("nice -n 10 " + job, shell=True, stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    return out
