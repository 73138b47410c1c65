"""A small web service with the kind of defects a security review should catch."""
import hashlib
import random
import subprocess

import requests
from flask import Flask, request

app = Flask(__name__)
SECRET_KEY = "s3cr3t-signing-key-2024"


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    # The host name goes to a shell unquoted.
    output = subprocess.check_output("ping -c 1 " + host, shell=True)
    return output


@app.route("/avatar")
def avatar():
    url = request.args["url"]
    # No timeout: a slow server holds this worker forever.
    return requests.get(url).content


def reset_token():
    return str(random.getrandbits(64))


def store_password(password):
    return hashlib.md5(password.encode()).hexdigest()


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
