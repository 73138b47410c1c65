from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/config/<name>", methods=["PUT"])
def put_config(name):
    chunks = [request.get_data(as_text=True)]
    chunks.append("<config/>")
    parser = etree.XMLParser(resolve_entities=True)
    # ok: CWE-611
    root = etree.fromstring(chunks.pop(), parser)
    return {"name": name, "root": root.tag}
