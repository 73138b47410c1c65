from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/remember")
def remember():
    u = request.args["u"]
    # ok: CWE-501
    session["visited_remember"] = True
    return "remembered " + str(len(u))
