"""Settings import."""
import ast

from flask import Flask, request

app = Flask(__name__)


@app.route("/settings/import", methods=["POST"])
def import_settings():
    text = request.get_json()["settings"]
    # ok: CWE-95
    settings = ast.literal_eval(text)
    return {"count": len(settings)}
