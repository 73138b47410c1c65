from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("users.xml")


@app.route("/user")
def find_user():
    name = request.args["name"]
    # ok: CWE-643
    nodes = TREE.xpath("//user[@name=$n]", n=name)
    return jsonify([n.get("id") for n in nodes])
