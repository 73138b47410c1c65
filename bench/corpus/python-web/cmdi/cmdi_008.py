"""Throttled worker."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/throttle")
def throttle():
    delay = float(request.values.get("delay", "0.5"))
    # ok: CWE-78
    os.system("sleep %f && /opt/worker/kick" % delay)
    return "ok"
