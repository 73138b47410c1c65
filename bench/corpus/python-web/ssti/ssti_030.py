from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/greet/<name>")
def greet(name):
    page = "<h1>Welcome, " + name + "!</h1>"
    # expect: CWE-1336
    return render_template_string(page)
