"""Theme preview renderer."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/theme/preview")
def preview_theme():
    theme = request.cookies.get("theme", "default")
    theme = theme.replace(";", "").replace("&", "")
    # expect: CWE-78
    os.system("/opt/themes/render.sh " + theme)
    return "rendered"
