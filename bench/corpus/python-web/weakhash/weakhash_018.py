import hashlib
import os
from flask import Flask, request

app = Flask(__name__)

kdf = lambda s, salt: hashlib.pbkdf2_hmac("sha512", s.encode(), salt, 310_000).hex()


@app.route("/vault", methods=["POST"])
def vault_create():
    master = request.form["master_password"]
    # ok: CWE-328
    verifier = kdf(master, os.urandom(16))
    return {"verifier": verifier}
