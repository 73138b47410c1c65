import random
import hashlib
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    # expect: CWE-330
    sid = hashlib.sha256(str(random.random()).encode()).hexdigest()
    resp = make_response("ok")
    resp.set_cookie("sid", sid, secure=True, httponly=True)
    return resp
