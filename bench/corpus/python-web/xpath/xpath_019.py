import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
ROOT = ET.parse("inventory.xml").getroot()


@app.route("/items/<tag>")
def items(tag):
    # expect: CWE-643
    matches = ROOT.findall("./section/{}/item".format(tag))
    return {"count": len(matches)}
