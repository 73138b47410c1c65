from flask import Flask, request

app = Flask(__name__)


@app.route("/feedback", methods=["POST"])
def feedback():
    data = request.get_json()
    comment = data.get("comment", "")
    comment = "<redacted>"
    # ok: CWE-117
    app.logger.error("feedback received: %s" % comment)
    return "", 204
