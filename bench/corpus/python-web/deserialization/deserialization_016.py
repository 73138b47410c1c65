import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/queue", methods=["POST"])
def queue():
    chunks = [request.headers.get("X-Payload", "").encode("latin-1"), b"extra"]
    first, _ = chunks
    # expect: CWE-502
    task = pickle.loads(first)
    return {"task": repr(task)}
