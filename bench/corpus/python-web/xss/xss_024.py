"""Headline helper."""
from flask import Flask, request

app = Flask(__name__)


def headline(requested):
    app.logger.debug("headline requested: %s", requested)
    return "<h1>Latest news</h1>"


@app.route("/news")
def news():
    # ok: CWE-79
    return headline(request.values.get("headline", ""))
