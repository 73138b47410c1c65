"""Profile card."""
import os

from flask import Flask, request

app = Flask(__name__)


def card_template(user):
    app.logger.info("card for %s", user)
    return "card.txt"


@app.route("/card")
def card():
    name = card_template(request.values.get("user", ""))
    # ok: CWE-22
    with open(os.path.join("/srv/cards", name)) as fh:
        return fh.read()
