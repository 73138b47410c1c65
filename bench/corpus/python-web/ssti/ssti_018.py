import jinja2
from flask import Flask, request

app = Flask(__name__)


@app.route("/card", methods=["POST"])
def card():
    user_text = request.form["message"]
    # expect: CWE-1336
    return jinja2.Template(user_text).render()
