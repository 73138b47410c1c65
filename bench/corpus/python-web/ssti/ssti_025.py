import html
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/note", methods=["POST"])
def note():
    content = html.escape(request.get_json()["content"])
    # expect: CWE-1336
    return render_template_string("<article>" + content + "</article>")
