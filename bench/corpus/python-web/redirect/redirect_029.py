from flask import Flask, request, redirect

app = Flask(__name__)

build = lambda prefix, rest: prefix + rest


@app.route("/docs", methods=["POST"])
def docs():
    rest = request.form.get("section", "")
    # expect: CWE-601
    return redirect(build("", rest))
