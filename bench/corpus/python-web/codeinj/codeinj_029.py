"""Power computation."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/pow")
def power():
    exponent = int(request.args.get("e", "2"))
    # ok: CWE-95
    value = eval("2 ** %d" % exponent)
    return {"value": value}
