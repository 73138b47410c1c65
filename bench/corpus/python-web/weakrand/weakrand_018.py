import random
from flask import Flask

app = Flask(__name__)


@app.route("/gift-cards", methods=["POST"])
def gift_card():
    groups = []
    for _ in range(4):
        # expect: CWE-330
        groups.append("%04d" % random.randint(0, 9999))
    card_number = "-".join(groups)
    return {"card": card_number}
