"""Document viewer."""
import os

from flask import Flask, request

app = Flask(__name__)

DOCS = "/srv/app/docs"


@app.route("/docs")
def read_doc():
    name = request.args.get("name", "index.txt")
    # expect: CWE-22
    with open(os.path.join(DOCS, name)) as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
