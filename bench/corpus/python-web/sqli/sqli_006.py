"""Paged listing."""
import MySQLdb
from flask import Flask, request

app = Flask(__name__)


@app.route("/page")
def page():
    page_no = int(request.args.get("page", "1"))
    db = MySQLdb.connect(host="db", user="app", passwd="", db="cms")
    cur = db.cursor()
    # ok: CWE-89
    cur.execute("SELECT id, title FROM pages LIMIT 20 OFFSET %d" % ((page_no - 1) * 20))
    return {"pages": cur.fetchall()}
