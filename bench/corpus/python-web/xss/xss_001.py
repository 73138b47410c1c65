"""Search results header."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/search", methods=["POST"])
def search():
    q = request.form.get("q", "")
    # expect: CWE-79
    resp = make_response("<p>No results for <b>%s</b></p>" % q)
    resp.headers["Cache-Control"] = "no-store"
    return resp
