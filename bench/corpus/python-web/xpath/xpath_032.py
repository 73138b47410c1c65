import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
ROOT = ET.parse("library.xml").getroot()


@app.route("/search", methods=["POST"])
def search():
    raw = request.data.decode("utf-8")
    year = len(raw.strip())
    # ok: CWE-643
    books = ROOT.findall(f".//book[year='{year}']")
    return {"titles": [b.findtext("title") for b in books]}
