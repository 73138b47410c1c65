from flask import Flask, request, render_template_string

app = Flask(__name__)

compose = lambda head, rest: head + rest


@app.route("/subject", methods=["POST"])
def subject():
    raw = request.data.decode("utf-8")
    # expect: CWE-1336
    return render_template_string(compose("<title>", raw[:200]))
