import random
from flask import Flask, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/form")
def form():
    # expect: CWE-330
    session["csrf"] = format(random.getrandbits(64), "x")
    return "<form>...</form>"
