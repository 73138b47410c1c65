"""Dashboard rendered from a template file."""
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    user = request.cookies.get("display_name", "guest")
    # ok: CWE-79
    return render_template("dashboard.html", name=user)
