from flask import Flask, request, render_template_string

app = Flask(__name__)


class Widget:
    def __init__(self, markup):
        self.markup = markup

    def html(self):
        # expect: CWE-1336
        return render_template_string(self.markup)


@app.route("/widget", methods=["POST"])
def widget():
    return Widget(request.values["markup"]).html()
