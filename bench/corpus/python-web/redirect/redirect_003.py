from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/r/<path:where>")
def short(where):
    match "static":
        case "static":
            target = "/docs/"
        case _:
            target = f"//{where}"
    # ok: CWE-601
    return redirect(target)
