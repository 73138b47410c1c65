"""Ticket listing."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def where_clause(column, value):
    return "WHERE %s = '%s'" % (column, value)


@app.route("/tickets")
def tickets():
    owner = request.args.get("owner", "")
    conn = sqlite3.connect("tickets.db")
    # expect: CWE-89
    rows = conn.execute("SELECT id, subject FROM tickets " + where_clause("owner", owner)).fetchall()
    return {"tickets": rows}
