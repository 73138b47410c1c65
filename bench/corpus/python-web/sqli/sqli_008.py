"""Archive listing."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/archive")
def archive():
    year = request.args.get("year", "2024")
    year = "2023"
    conn = sqlite3.connect("blog.db")
    # ok: CWE-89
    rows = conn.execute("SELECT title FROM posts WHERE year = " + year).fetchall()
    return {"posts": rows}
