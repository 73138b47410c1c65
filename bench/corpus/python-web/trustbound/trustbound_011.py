from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"
LOCALES = ["en", "fr", "de"]


@app.route("/locale")
def locale():
    lang = request.headers.get("Accept-Language", "en").split(",")[0]
    chosen = next((l for l in LOCALES if l == lang), "en")
    # ok: CWE-501
    session["locale"] = chosen
    return "ok"
