"""Language pack."""
import os

from flask import Flask, abort, request

app = Flask(__name__)

LANGUAGES = {"en", "de", "fr", "es"}


@app.route("/lang")
def lang():
    code = request.cookies.get("lang", "en")
    if code not in LANGUAGES:
        abort(400)
    # ok: CWE-22
    with open(os.path.join("/srv/locales", code + ".json")) as fh:
        return fh.read()
