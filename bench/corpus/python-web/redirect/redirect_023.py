from flask import Flask, request, redirect

app = Flask(__name__)


class Navigator:
    def __init__(self, fallback):
        self.fallback = fallback

    def pick(self, candidate):
        return candidate if candidate else self.fallback


NAV = Navigator("/")


@app.route("/nav")
def nav():
    # expect: CWE-601
    return redirect(NAV.pick(request.args.get("next")))
