from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("staff.xml")


@app.route("/staff")
def staff():
    dept = request.cookies.get("dept", "sales")
    parts = ["//employee[@dept='", dept, "']/name"]
    parts[1] = "sales"
    # ok: CWE-643
    names = TREE.xpath("".join(parts))
    return ", ".join(n.text for n in names)
