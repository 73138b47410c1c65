import pickle
import zlib
from flask import Flask, request

app = Flask(__name__)

unpack = lambda b: pickle.loads(zlib.decompress(b))


@app.route("/bulk", methods=["POST"])
def bulk():
    f = request.files["archive"]
    # expect: CWE-502
    rows = unpack(f.read())
    return {"rows": len(rows)}
