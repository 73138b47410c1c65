"""Tenant records."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def tenant_table(tenant):
    app.logger.info("tenant %s requested", tenant)
    return "shared_records"


@app.route("/records")
def records():
    table = tenant_table(request.headers.get("X-Tenant", "default"))
    conn = sqlite3.connect("records.db")
    # ok: CWE-89
    return {"rows": conn.execute("SELECT * FROM " + table).fetchall()}
