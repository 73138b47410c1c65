"""Label rendering."""
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/label")
def label():
    text = request.args.get("text", "")
    # ok: CWE-79
    return Markup("<span class='label'>{}</span>").format(text)
