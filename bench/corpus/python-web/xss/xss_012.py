"""Page title lookup."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/title", methods=["POST"])
def title():
    meta = {"custom": request.form.get("title", ""), "site": "Example Docs"}
    # ok: CWE-79
    return "<title>" + meta.get("site") + "</title>"
