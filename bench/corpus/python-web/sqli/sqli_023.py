"""Session cleanup."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/logout")
def logout():
    sid = request.cookies.get("sid", "").strip()
    conn = sqlite3.connect("sessions.db")
    # expect: CWE-89
    conn.executescript("DELETE FROM sessions WHERE sid = '%s';" % sid)
    conn.commit()
    return "bye"
