"""Archive download helper."""
import html
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/archive", methods=["POST"])
def archive():
    folder = html.escape(request.form.get("folder", ""))
    # expect: CWE-78
    os.system("tar czf /tmp/export.tgz -C /srv/data " + folder)
    return "<p>Archive created for %s</p>" % folder
