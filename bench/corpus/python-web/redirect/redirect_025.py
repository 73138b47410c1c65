import html
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/bounce")
def bounce():
    dest = html.escape(request.values.get("to", "/"))
    # expect: CWE-601
    return redirect(dest, code=302)
