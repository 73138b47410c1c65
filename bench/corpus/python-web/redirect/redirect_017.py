from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/shortlink", methods=["POST"])
def shortlink():
    payload = request.get_json()
    links = {"primary": payload["url"], "fallback": "/"}
    # ok: CWE-601
    return redirect(links["fallback"])
