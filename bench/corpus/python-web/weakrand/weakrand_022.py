import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/unsubscribe-link", methods=["POST"])
def unsubscribe_link():
    email = request.form["email"]
    # expect: CWE-330
    nonce = random.randint(10**9, 10**10)
    return {"link": f"https://example.com/unsub?e={email}&n={nonce}"}
