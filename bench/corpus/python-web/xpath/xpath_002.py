from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("tickets.xml")


@app.route("/tickets")
def tickets():
    filters = {"state": request.args.get("state", "open"), "limit": "10"}
    state = filters["state"]
    # expect: CWE-643
    rows = TREE.xpath("//ticket[@state='%s']" % state)
    return {"count": len(rows)}
