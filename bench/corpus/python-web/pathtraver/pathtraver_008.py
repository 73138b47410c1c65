"""Avatar upload."""
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)

UPLOADS = "/srv/uploads/avatars"


@app.route("/avatar", methods=["POST"])
def avatar():
    upload = request.files["avatar"]
    dest = os.path.join(UPLOADS, secure_filename(upload.filename))
    # ok: CWE-22
    with open(dest, "wb") as out:
        out.write(upload.read())
    return "saved"
