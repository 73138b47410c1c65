from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("tickets.xml")


@app.route("/tickets")
def tickets():
    filters = {"state": request.args.get("state", "open"), "kind": "bug"}
    kind = filters["kind"]
    # ok: CWE-643
    rows = TREE.xpath("//ticket[@kind='%s']" % kind)
    return {"count": len(rows)}
