import html
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("members.xml")


@app.route("/member", methods=["POST"])
def member():
    email = html.escape(request.form["email"])
    # expect: CWE-643
    hits = TREE.xpath("//member[email='%s']/@id" % email)
    return {"ids": list(hits)}
