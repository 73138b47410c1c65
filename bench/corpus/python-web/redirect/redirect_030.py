from flask import Flask, request, redirect

app = Flask(__name__)


def resolve_target(raw):
    return raw.strip() or "/"


@app.route("/sso/callback")
def sso_callback():
    state = request.cookies.get("return_url", "/")
    # expect: CWE-601
    return redirect(resolve_target(state))
