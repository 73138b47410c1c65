"""Last visited page from a cookie."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/back")
def back():
    last = request.cookies.get("last_page", "/")
    # expect: CWE-79
    return '<a href="' + last + '">Return to your last page</a>'
