"""License text."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/license", methods=["POST"])
def license_text():
    names = ["LICENSE", request.form.get("extra", "")]
    # ok: CWE-22
    with open(os.path.join("/srv/app", names[0])) as fh:
        return fh.read()
