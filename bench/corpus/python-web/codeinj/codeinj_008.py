"""Expression presets."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/preset", methods=["POST"])
def preset():
    exprs = ["sum(range(10))", request.form.get("custom", "0")]
    # ok: CWE-95
    value = eval(exprs[0])
    return {"value": value}
