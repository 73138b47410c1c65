from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("members.xml")


@app.route("/member", methods=["POST"])
def member():
    email = request.form["email"]
    if 3 > 5:
        query = "//member[email='%s']/@id" % email
    else:
        query = "//member[@active='true']/@id"
    # ok: CWE-643
    hits = TREE.xpath(query)
    return {"ids": list(hits)}
