from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/gpx", methods=["POST"])
def gpx():
    payload = request.get_json()
    text = payload.get("gpx", "").replace("\r\n", "\n")
    match "strict":
        case "strict":
            parser = etree.XMLParser(resolve_entities=False)
        case _:
            parser = etree.XMLParser(resolve_entities=True)
    # ok: CWE-611
    root = etree.fromstring(text.encode("utf-8"), parser)
    return {"points": len(root.findall(".//trkpt"))}
