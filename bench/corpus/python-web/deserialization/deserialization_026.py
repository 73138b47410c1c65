import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/queue", methods=["POST"])
def queue():
    chunks = [request.headers.get("X-Payload", "").encode("latin-1"), pickle.dumps("noop")]
    _, second = chunks
    # ok: CWE-502
    task = pickle.loads(second)
    return {"task": repr(task)}
