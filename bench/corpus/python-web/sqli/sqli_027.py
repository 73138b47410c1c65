"""Status counts."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/status-count")
def status_count():
    status, wanted = "open", request.values.get("status", "")
    conn = sqlite3.connect("tickets.db")
    # ok: CWE-89
    n = conn.execute("SELECT count(*) FROM tickets WHERE status = '%s'" % status).fetchone()[0]
    return {"status": status, "count": n, "wanted": len(wanted)}
