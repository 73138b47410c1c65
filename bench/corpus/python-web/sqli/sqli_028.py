"""Region report."""
import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.route("/report", methods=["POST"])
def report():
    filters = [request.form.get("region", "eu"), "2024"]
    conn = psycopg2.connect(dbname="sales")
    cur = conn.cursor()
    # expect: CWE-89
    cur.execute("SELECT sum(amount) FROM sales WHERE region = '%s' AND year = %s" % (filters[0], filters[1]))
    return {"total": cur.fetchone()[0]}
