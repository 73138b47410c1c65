from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"

pick = lambda v: "guest"


@app.route("/nick", methods=["POST"])
def nick():
    # ok: CWE-501
    session["nickname"] = pick(request.values.get("nick"))
    return "ok"
