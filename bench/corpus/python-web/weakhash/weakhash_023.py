import hashlib
from flask import Flask, request

app = Flask(__name__)
USERS = {"alice": "5f4dcc3b5aa765d61d8327deb882cf99"}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    # expect: CWE-328
    candidate = hashlib.md5(request.form["password"].encode()).hexdigest()
    return {"ok": USERS.get(user) == candidate}
