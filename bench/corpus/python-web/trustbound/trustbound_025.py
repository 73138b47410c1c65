from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/remember")
def remember():
    # expect: CWE-501
    session["user"] = request.args["u"]
    return "remembered"
