from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def parse_xml(data):
    parser = etree.XMLParser(resolve_entities=True)
    parser = etree.XMLParser(resolve_entities=False)
    # ok: CWE-611
    return etree.fromstring(data, parser)


@app.route("/soap", methods=["POST"])
def soap():
    envelope = parse_xml(request.form["envelope"].encode("utf-8"))
    return {"ns": envelope.nsmap}
