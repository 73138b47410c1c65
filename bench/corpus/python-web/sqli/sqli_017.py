"""User lookup by email."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/users/by-email")
def by_email():
    email = request.args.get("email", "")
    conn = sqlite3.connect("app.db")
    # ok: CWE-89
    row = conn.execute("SELECT id, name FROM users WHERE email = ?", (email,)).fetchone()
    return {"user": row}
