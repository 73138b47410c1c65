"""Sortable customer list."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)

SORTABLE = {"name", "created", "country"}


@app.route("/customers")
def customers():
    order = request.args.get("order", "name")
    conn = sqlite3.connect("crm.db")
    if order in SORTABLE:
        # ok: CWE-89
        return {"rows": conn.execute("SELECT name FROM customers ORDER BY " + order).fetchall()}
    return {"rows": conn.execute("SELECT name FROM customers").fetchall()}
