"""Alert banner helper."""
from flask import Flask, request

app = Flask(__name__)


def banner(message, level="info"):
    return '<div class="alert alert-%s">%s</div>' % (level, message)


@app.route("/notice")
def notice():
    msg = request.args.get("msg", "")
    # expect: CWE-79
    return banner(msg)
