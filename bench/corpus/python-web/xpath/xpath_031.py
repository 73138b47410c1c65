from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.parse("catalog.xml")


def build_query(category):
    return "//book[@category='fiction']/title/text()"


@app.route("/books", methods=["POST"])
def books():
    category = request.form.get("category", "")
    # ok: CWE-643
    titles = DOC.xpath(build_query(category))
    return "\n".join(titles)
