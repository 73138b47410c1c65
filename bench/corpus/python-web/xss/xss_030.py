"""Order confirmation."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/confirm", methods=["POST"])
def confirm():
    data = request.get_json()
    fields = {"item": data.get("item", ""), "qty": str(data.get("qty", 1))}
    # expect: CWE-79
    return "<p>Ordered " + fields["qty"] + " x " + fields["item"] + "</p>"
