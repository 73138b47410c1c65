import hashlib
from flask import Flask, request

app = Flask(__name__)
SALT = b"static-salt"


def hash_password(pw):
    h = hashlib.sha1()
    h.update(SALT)
    h.update(pw.encode())
    return h.hexdigest()


@app.route("/password", methods=["POST"])
def change_password():
    # expect: CWE-328
    new_hash = hash_password(request.get_json()["new_password"])
    return {"stored": new_hash[:8]}
