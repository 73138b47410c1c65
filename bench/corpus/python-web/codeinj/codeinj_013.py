"""Rule compilation for the alerting module."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/rules/test", methods=["POST"])
def test_rule():
    source = request.form.get("rule", "")
    # expect: CWE-94
    code = compile(source, "<rule>", "exec")
    env = {"alerts": []}
    # expect: CWE-94
    exec(code, env)
    return {"alerts": env["alerts"]}
