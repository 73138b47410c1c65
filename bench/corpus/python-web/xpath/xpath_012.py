from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("users.xml")


@app.route("/user")
def find_user():
    name = request.args["name"]
    # expect: CWE-643
    nodes = TREE.xpath(f"//user[@name='{name}']")
    return jsonify([n.get("id") for n in nodes])
