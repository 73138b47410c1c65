from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/rss", methods=["POST"])
def rss():
    docs = {"incoming": request.get_data(), "sample": b"<rss/>"}
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    # expect: CWE-611
    root = etree.fromstring(docs["incoming"], parser)
    return {"tag": root.tag}
