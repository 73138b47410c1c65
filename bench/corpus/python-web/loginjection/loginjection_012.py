import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("tags")


@app.route("/tags", methods=["POST"])
def tags():
    tags = request.get_json()["tags"]
    lengths = [len(t) for t in tags]
    # ok: CWE-117
    logger.info("tags added with lengths: %s", lengths)
    return {"count": len(lengths)}
