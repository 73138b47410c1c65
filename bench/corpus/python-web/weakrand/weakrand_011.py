import random
import hashlib
from flask import Flask, make_response

app = Flask(__name__)
_rng = random.SystemRandom()


@app.route("/login", methods=["POST"])
def login():
    # ok: CWE-330
    sid = hashlib.sha256(str(_rng.getrandbits(256)).encode()).hexdigest()
    resp = make_response("ok")
    resp.set_cookie("sid", sid, secure=True, httponly=True)
    return resp
