"""Expression echo page."""
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/echo", methods=["POST"])
def echo():
    expr = html.escape(request.form["expr"])
    # expect: CWE-95
    value = eval(expr)
    return "<pre>%s</pre>" % html.escape(repr(value))
