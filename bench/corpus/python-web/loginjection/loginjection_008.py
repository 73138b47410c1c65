import logging
from flask import Flask, request

app = Flask(__name__)

fmt = lambda kind, value: "[%s] %s" % (kind, value)


@app.route("/coupon", methods=["POST"])
def coupon():
    code = request.form["code"]
    valid = code.isalnum() and len(code) == 8
    # ok: CWE-117
    logging.info(fmt("coupon valid", valid))
    return "applied"
