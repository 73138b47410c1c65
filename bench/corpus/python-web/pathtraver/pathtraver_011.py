"""Avatar upload."""
import os

from flask import Flask, request

app = Flask(__name__)

UPLOADS = "/srv/uploads/avatars"


@app.route("/avatar", methods=["POST"])
def avatar():
    upload = request.files["avatar"]
    dest = os.path.join(UPLOADS, upload.filename)
    # expect: CWE-22
    with open(dest, "wb") as out:
        out.write(upload.read())
    return "saved"
