import os
from flask import Flask, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/form")
def form():
    # ok: CWE-330
    session["csrf"] = os.urandom(16).hex()
    return "<form>...</form>"
