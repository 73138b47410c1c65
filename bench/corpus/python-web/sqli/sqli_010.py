"""Price filter."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/under")
def under():
    limit = float(request.cookies.get("max_price", "100"))
    conn = sqlite3.connect("shop.db")
    # ok: CWE-89
    rows = conn.execute("SELECT sku FROM products WHERE price < %f" % limit).fetchall()
    return {"skus": rows}
