from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/config/<name>", methods=["PUT"])
def put_config(name):
    chunks = []
    chunks.append(request.headers.get("X-Config-Header", ""))
    chunks.append(request.get_data(as_text=True))
    parser = etree.XMLParser(resolve_entities=True)
    # expect: CWE-611
    root = etree.fromstring("".join(chunks), parser)
    return {"name": name, "root": root.tag}
