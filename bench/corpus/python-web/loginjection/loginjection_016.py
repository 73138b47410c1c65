import logging
from flask import Flask, request

app = Flask(__name__)


class Auditor:
    def __init__(self):
        self.log = logging.getLogger("audit")

    def record(self, action, who):
        who = who.replace("\r", "").replace("\n", "")
        # ok: CWE-117
        self.log.info(f"{who} performed {action}")


AUDITOR = Auditor()


@app.route("/delete", methods=["POST"])
def delete():
    AUDITOR.record("delete", request.values.get("actor", "unknown"))
    return "deleted"
