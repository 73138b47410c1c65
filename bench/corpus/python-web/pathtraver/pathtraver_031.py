"""Theme stylesheet download."""
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/theme")
def theme_css():
    theme = request.values.get("theme", "light")
    segments = ["/srv/themes", theme]
    # expect: CWE-22
    return send_file("/".join(segments), mimetype="text/css")
