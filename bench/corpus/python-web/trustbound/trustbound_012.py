from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/locale")
def locale():
    lang = request.headers.get("Accept-Language", "en").split(",")[0]
    # expect: CWE-501
    session["locale"] = lang
    return "ok"
