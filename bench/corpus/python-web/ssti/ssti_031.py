from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/preview")
def preview():
    name = request.args["name"]
    # ok: CWE-1336
    return render_template_string("Hello {{ name }}", name=name)
