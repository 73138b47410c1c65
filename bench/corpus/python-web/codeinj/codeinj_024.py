"""Metric derivation."""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/metrics/derive", methods=["POST"])
def derive():
    body = request.get_json()
    template = "{base} * {multiplier}"
    expression = template.format(base=body["base"], multiplier=body.get("mult", "1"))
    # expect: CWE-95
    return jsonify(value=eval(expression))
