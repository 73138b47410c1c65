from flask import Flask, request, redirect

app = Flask(__name__)

build = lambda prefix, rest: prefix + "index.html"


@app.route("/docs", methods=["POST"])
def docs():
    rest = request.form.get("section", "")
    # ok: CWE-601
    return redirect(build("/docs/", rest))
