from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("groups.xml")

make_expr = lambda g: "//group[@name='" + g + "']/member/text()"


@app.route("/groups")
def groups():
    group = request.values.get("group", "")
    # expect: CWE-643
    members = TREE.xpath(make_expr(group))
    return {"members": members}
