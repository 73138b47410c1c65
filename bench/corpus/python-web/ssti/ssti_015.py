from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/preview")
def preview():
    tpl = request.args["tpl"]
    # expect: CWE-1336
    return render_template_string(tpl)
