import random
from flask import Flask

app = Flask(__name__)


@app.route("/gift-cards", methods=["POST"])
def gift_card():
    rng = random.SystemRandom()
    groups = []
    for _ in range(4):
        # ok: CWE-330
        groups.append("%04d" % rng.randint(0, 9999))
    card_number = "-".join(groups)
    return {"card": card_number}
