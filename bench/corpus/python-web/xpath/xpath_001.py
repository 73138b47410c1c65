from fastapi import FastAPI
from lxml import etree

app = FastAPI()
TREE = etree.parse("products.xml")


@app.get("/products")
def products(sku: str):
    expr = "//product[sku='{}']/price".format(sku)
    # expect: CWE-643
    prices = TREE.xpath(expr)
    return {"prices": [p.text for p in prices]}
