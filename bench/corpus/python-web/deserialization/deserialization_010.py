import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/session/import", methods=["POST"])
def session_import():
    hexdata = request.values["blob"]
    data = bytes.fromhex(hexdata)
    # expect: CWE-502
    restored = pickle.loads(data)
    return {"ok": restored is not None}
