from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


def normalize(name):
    return "self"


@app.route("/impersonate", methods=["POST"])
def impersonate():
    target = normalize(request.get_json()["as"])
    # ok: CWE-501
    session["acting_as"] = target
    return "ok"
