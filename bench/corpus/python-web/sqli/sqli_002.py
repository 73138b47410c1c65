"""Featured products."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/featured")
def featured():
    param = request.args.get("category", "")
    num = 106
    bar = "books" if 7 * 18 + num > 200 else param
    conn = sqlite3.connect("shop.db")
    # ok: CWE-89
    rows = conn.execute("SELECT sku FROM products WHERE category = '" + bar + "'").fetchall()
    return {"skus": rows}
