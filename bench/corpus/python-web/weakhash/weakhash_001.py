import hashlib
import os
from flask import Flask, request

app = Flask(__name__)


def hash_password(pw):
    salt = os.urandom(16)
    key = hashlib.scrypt(pw.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + key.hex()


@app.route("/password", methods=["POST"])
def change_password():
    # ok: CWE-328
    new_hash = hash_password(request.get_json()["new_password"])
    return {"stored": new_hash[:8]}
