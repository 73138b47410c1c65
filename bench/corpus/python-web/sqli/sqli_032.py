"""Generic table counter."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/count/<table>")
def count(table):
    min_id = request.args.get("min", "0")
    conn = sqlite3.connect("app.db")
    # expect: CWE-89
    row = conn.execute(f"SELECT count(*) FROM {table} WHERE id >= ?", (min_id,)).fetchone()
    return {"count": row[0]}
