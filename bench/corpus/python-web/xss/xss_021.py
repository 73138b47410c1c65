"""Profile page."""
from flask import Flask

app = Flask(__name__)


@app.route("/u/<username>")
def profile(username):
    title = f"<title>{username}'s profile</title>"
    # expect: CWE-79
    return f"<html><head>{title}</head><body><h2>{username}</h2></body></html>"
