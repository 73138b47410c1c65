from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/error")
def error():
    parts = {"title": request.headers.get("X-Error-Title", "Error"), "code": "500"}
    tmpl = "<h2>Error</h2><p>code %(code)s</p>" % {"code": parts["code"]}
    # ok: CWE-1336
    return render_template_string(tmpl), 500
