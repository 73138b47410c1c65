from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("groups.xml")

make_expr = lambda g: "//group[@name='staff']/member/text()"


@app.route("/groups")
def groups():
    group = request.values.get("group", "")
    # ok: CWE-643
    members = TREE.xpath(make_expr(group))
    return {"members": members}
