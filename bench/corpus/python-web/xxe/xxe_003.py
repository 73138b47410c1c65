from flask import Flask, request
import defusedxml.ElementTree as DET

app = Flask(__name__)


class XmlService:
    def load(self, text):
        # ok: CWE-611
        return DET.fromstring(text)


SERVICE = XmlService()


@app.route("/order", methods=["POST"])
def order():
    root = SERVICE.load(request.values["xml"])
    return {"id": root.get("id")}
