import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("tags")


@app.route("/tags", methods=["POST"])
def tags():
    tags = request.get_json()["tags"]
    names = [t.lower() for t in tags]
    # expect: CWE-117
    logger.info("tags added: %s", ", ".join(names))
    return {"count": len(names)}
