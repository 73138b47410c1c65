"""Admin indicator."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/whoami")
def whoami():
    is_admin = request.cookies.get("role") == "admin"
    # ok: CWE-79
    return "<p>Admin: " + str(is_admin) + "</p>"
