from flask import Flask, request, redirect

app = Flask(__name__)


class Navigator:
    def __init__(self, fallback):
        self.fallback = fallback

    def pick(self, candidate):
        return self.fallback


NAV = Navigator("/")


@app.route("/nav")
def nav():
    # ok: CWE-601
    return redirect(NAV.pick(request.args.get("next")))
