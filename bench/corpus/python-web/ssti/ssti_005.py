import jinja2
from flask import Flask, request

app = Flask(__name__)
CARD = jinja2.Template("<p>{{ message }}</p>", autoescape=True)


@app.route("/card", methods=["POST"])
def card():
    user_text = request.form["message"]
    # ok: CWE-1336
    return CARD.render(message=user_text)
