"""Note search."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/notes/search", methods=["POST"])
def note_search():
    keyword = request.data.decode("utf-8")[:100]
    conn = sqlite3.connect("notes.db")
    # expect: CWE-89
    rows = conn.execute("SELECT id FROM notes WHERE body LIKE '%" + keyword + "%'").fetchall()
    return {"ids": [r[0] for r in rows]}
