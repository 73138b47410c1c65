"""Bulk item fetch."""
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/items/bulk", methods=["POST"])
def bulk():
    ids = request.get_json().get("ids", [])
    in_list = ",".join(str(i) for i in ids)
    conn = sqlite3.connect("items.db")
    # expect: CWE-89
    rows = conn.execute("SELECT id, name FROM items WHERE id IN (" + in_list + ")").fetchall()
    return jsonify(rows)
