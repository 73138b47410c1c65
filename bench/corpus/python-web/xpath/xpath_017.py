from fastapi import FastAPI
from lxml import etree

app = FastAPI()
TREE = etree.parse("products.xml")


@app.get("/products")
def products(sku: int):
    expr = "//product[sku='{}']/price".format(int(sku))
    # ok: CWE-643
    prices = TREE.xpath(expr)
    return {"prices": [p.text for p in prices]}
