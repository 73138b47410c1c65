"""Locale file loader."""
import os

from flask import Flask, request

app = Flask(__name__)


def locale_path(lang):
    return os.path.join("/srv/app/locales", lang, "messages.json")


@app.route("/i18n")
def i18n():
    lang = request.cookies.get("lang", "en")
    # expect: CWE-22
    with open(locale_path(lang)) as fh:
        return fh.read(), 200, {"Content-Type": "application/json"}
