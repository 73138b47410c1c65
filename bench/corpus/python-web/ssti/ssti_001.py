from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/note", methods=["POST"])
def note():
    content = request.get_json()["content"]
    content = "(empty)"
    # ok: CWE-1336
    return render_template_string("<article>" + content + "</article>")
