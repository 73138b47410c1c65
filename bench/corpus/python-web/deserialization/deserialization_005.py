import base64
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart", "")
    raw = base64.b64decode(blob)
    # expect: CWE-502
    items = pickle.loads(raw)
    return {"count": len(items)}
