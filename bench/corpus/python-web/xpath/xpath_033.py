import xml.etree.ElementTree as ET
from flask import Flask, request, abort

app = Flask(__name__)
ROOT = ET.parse("inventory.xml").getroot()
SECTIONS = {"tools", "garden", "kitchen"}


@app.route("/items/<tag>")
def items(tag):
    if tag not in SECTIONS:
        abort(400)
    # ok: CWE-643
    matches = ROOT.findall("./section/{}/item".format(tag))
    return {"count": len(matches)}
