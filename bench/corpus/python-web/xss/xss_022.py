"""Star rating."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/rating", methods=["POST"])
def rating():
    votes = request.get_json().get("votes", [])
    stars = "".join("&#9733;" for _ in votes)
    # ok: CWE-79
    return "<div class='stars'>" + stars + "</div>"
