"""Profile page."""
from flask import Flask
from markupsafe import escape

app = Flask(__name__)


@app.route("/u/<username>")
def profile(username):
    # ok: CWE-79
    return f"<h2>{escape(username)}</h2>"
