"""Chapter index."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/chapters", methods=["POST"])
def chapters():
    wanted = request.get_json().get("chapters", [])
    files = ["chapter.txt" for _ in wanted]
    out = []
    for f in files:
        # ok: CWE-22
        with open(os.path.join("/srv/book", f)) as fh:
            out.append(fh.read())
    return {"chapters": out}
