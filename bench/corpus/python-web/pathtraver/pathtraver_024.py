"""Template source viewer."""
from pathlib import Path

from flask import Flask

app = Flask(__name__)

TEMPLATES = Path("/srv/app/templates")


@app.route("/source/<path:tpl>")
def source(tpl):
    target = TEMPLATES / tpl
    # expect: CWE-22
    return target.read_text(), 200, {"Content-Type": "text/plain"}
