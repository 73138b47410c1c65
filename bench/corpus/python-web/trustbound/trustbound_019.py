from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/track")
def track():
    campaign = request.cookies.get("utm", "")
    info = {"campaign": campaign, "source": "web"}
    # expect: CWE-501
    session["campaign"] = info["campaign"]
    return "tracked"
