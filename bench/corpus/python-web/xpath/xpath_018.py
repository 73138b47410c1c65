from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("staff.xml")


@app.route("/staff")
def staff():
    dept = request.cookies.get("dept", "sales")
    parts = ["//employee[@dept='", dept, "']/name"]
    # expect: CWE-643
    names = TREE.xpath("".join(parts))
    return ", ".join(n.text for n in names)
