from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/upload-name", methods=["POST"])
def upload_name():
    raw = request.data.decode("utf-8")
    first, *_ = raw.split(",")
    # expect: CWE-501
    session["last_upload"] = first
    return "ok"
