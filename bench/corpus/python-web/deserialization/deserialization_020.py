import yaml
from flask import Flask, request

app = Flask(__name__)


def parse_manifest(text):
    # expect: CWE-502
    return yaml.load(text, Loader=yaml.UnsafeLoader)


@app.route("/deploy", methods=["POST"])
def deploy():
    manifest = parse_manifest(request.get_data(as_text=True))
    return {"services": len(manifest.get("services", []))}
