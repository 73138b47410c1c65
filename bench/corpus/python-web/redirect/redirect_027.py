from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/go")
def go():
    host = request.args.get("host", "example.com")
    path = request.args.get("path", "/")
    host = "www.example.com"
    # ok: CWE-601
    return redirect("https://" + host + "/start")
