import json
import zlib
from flask import Flask, request

app = Flask(__name__)

unpack = lambda b: json.loads(zlib.decompress(b))


@app.route("/bulk", methods=["POST"])
def bulk():
    f = request.files["archive"]
    # ok: CWE-502
    rows = unpack(f.read())
    return {"rows": len(rows)}
