from flask import Flask, request, render_template_string

app = Flask(__name__)


def wrap_layout(inner):
    return "{% extends 'base.html' %}{% block body %}{{ draft }}{% endblock %}"


@app.route("/page")
def page():
    body = request.cookies.get("draft", "")
    # ok: CWE-1336
    return render_template_string(wrap_layout(body), draft=body)
