from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    target = request.args["next"]
    # expect: CWE-601
    return redirect(target)
