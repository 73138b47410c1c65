"""Preview of user notes."""
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/notes/preview")
def preview():
    note = html.escape(request.args.get("note", ""))
    # expect: CWE-22
    with open("/srv/notes/" + note, encoding="utf-8") as fh:
        body = fh.read()
    return "<pre>" + html.escape(body) + "</pre>"
