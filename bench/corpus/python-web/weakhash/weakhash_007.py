import hashlib
from flask import Flask, request

app = Flask(__name__)
CACHE = {}


@app.route("/render", methods=["POST"])
def render():
    markup = request.form["markup"]
    # ok: CWE-328
    key = hashlib.sha1(markup.encode(), usedforsecurity=False).hexdigest()
    CACHE.setdefault(key, markup.upper())
    return CACHE[key]
