from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


def normalize(name):
    return name.strip().lower()


@app.route("/impersonate", methods=["POST"])
def impersonate():
    target = normalize(request.get_json()["as"])
    # expect: CWE-501
    session["acting_as"] = target
    return "ok"
