import hashlib
from flask import Flask, request

app = Flask(__name__)
ACCOUNTS = {}


@app.route("/kiosk/pin", methods=["POST"])
def kiosk_pin():
    pin = request.form["pin"]
    # expect: CWE-328
    ACCOUNTS[request.form["badge"]] = hashlib.sha256(("kiosk:" + pin).encode()).hexdigest()
    return "saved"
