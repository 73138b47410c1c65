"""Comment search."""
import html
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/comments")
def comments():
    author = html.escape(request.args.get("author", ""))
    db = sqlite3.connect("blog.db")
    # expect: CWE-89
    rows = db.execute("SELECT body FROM comments WHERE author = '" + author + "'").fetchall()
    return "<br>".join(html.escape(r[0]) for r in rows)
