"""Footer."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/footer")
def footer():
    company = request.args.get("company", "")
    company = "Example Ltd"
    # ok: CWE-79
    return "<footer>&copy; " + company + "</footer>"
