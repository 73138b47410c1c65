from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class XmlService:
    def __init__(self):
        self.parser = etree.XMLParser(resolve_entities=True, no_network=False)

    def load(self, text):
        # expect: CWE-611
        return etree.fromstring(text, self.parser)


SERVICE = XmlService()


@app.route("/order", methods=["POST"])
def order():
    root = SERVICE.load(request.values["xml"])
    return {"id": root.get("id")}
