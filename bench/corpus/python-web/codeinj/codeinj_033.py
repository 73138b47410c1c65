"""Saved filters."""
import base64

from flask import Flask, request

app = Flask(__name__)


@app.route("/filters")
def filters():
    raw = request.cookies.get("filters", "e30=")
    text = base64.b64decode(raw).decode("utf-8")
    # expect: CWE-95
    saved = eval(text)
    return {"filters": saved}
