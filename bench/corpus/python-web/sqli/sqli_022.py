"""Product search on MySQL."""
import MySQLdb
from flask import Flask, request

app = Flask(__name__)


@app.route("/products/search", methods=["POST"])
def search():
    term = request.form["term"]
    db = MySQLdb.connect(host="db", user="shop", passwd="", db="catalog")
    cur = db.cursor()
    # expect: CWE-89
    cur.execute("SELECT sku, title FROM products WHERE title LIKE '%{}%'".format(term))
    return {"items": cur.fetchall()}
