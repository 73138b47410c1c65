from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/r/<path:where>")
def short(where):
    target = f"//{where}"
    # expect: CWE-601
    return redirect(target)
