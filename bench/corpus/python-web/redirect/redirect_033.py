from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/bounce")
def bounce():
    dest = request.values.get("to", "/")
    parsed = urlparse(dest)
    if parsed.scheme or parsed.netloc or not dest.startswith("/") or dest.startswith("//") or "\\" in dest:
        dest = "/"
    # ok: CWE-601
    return redirect(dest, code=302)
