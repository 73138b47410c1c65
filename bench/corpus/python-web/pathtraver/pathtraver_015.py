"""Cache eviction."""
import os

from flask import Flask, request

app = Flask(__name__)

CACHE = "/var/cache/app"


@app.route("/cache/evict", methods=["POST"])
def evict():
    key = request.form.get("key", "")
    # expect: CWE-22
    os.remove(os.path.join(CACHE, key + ".bin"))
    return "evicted"
