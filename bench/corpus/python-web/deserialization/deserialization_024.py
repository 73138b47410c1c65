import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/session/import", methods=["POST"])
def session_import():
    hexdata = request.values["blob"]
    if 3 > 5:
        data = bytes.fromhex(hexdata)
    else:
        data = pickle.dumps({"fresh": True})
    # ok: CWE-502
    restored = pickle.loads(data)
    return {"ok": restored is not None}
