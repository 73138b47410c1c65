import hashlib
from flask import Flask, request

app = Flask(__name__)

kdf = lambda s: hashlib.sha224(s.encode()).hexdigest()


@app.route("/vault", methods=["POST"])
def vault_create():
    master = request.form["master_password"]
    # expect: CWE-328
    verifier = kdf(master)
    return {"verifier": verifier}
