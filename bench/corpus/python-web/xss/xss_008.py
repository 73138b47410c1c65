"""Badge rendering."""
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/badge")
def badge():
    label = request.args.get("label", "new")
    classes = "badge badge-" + request.args.get("style", "default")[:12]
    # expect: CWE-79
    return Markup(f"<span class='{classes}'>{label}</span>")
