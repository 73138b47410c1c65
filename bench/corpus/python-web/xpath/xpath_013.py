from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Directory:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def lookup(self, field, value):
        # expect: CWE-643
        return self.tree.xpath(f"//entry[{field}='{value}']")


DIRECTORY = Directory("directory.xml")


@app.route("/lookup")
def lookup():
    body = request.get_json()
    return {"n": len(DIRECTORY.lookup("phone", body["phone"]))}
