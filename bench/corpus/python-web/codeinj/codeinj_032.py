"""Migration snippet runner."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/migrate", methods=["POST"])
def migrate():
    snippet = request.data.decode("utf-8")
    lines = [line.rstrip() for line in snippet.splitlines()]
    # expect: CWE-94
    exec("\n".join(lines), {"db": None})
    return "applied"
