from flask import Flask, request, redirect, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    target = request.args.get("next")
    # ok: CWE-601
    return redirect(url_for("dashboard"))


@app.route("/dashboard")
def dashboard():
    return "dashboard"
