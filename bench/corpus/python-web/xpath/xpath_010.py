from fastapi import FastAPI
from lxml import etree

app = FastAPI()
TREE = etree.parse("routes.xml")


@app.get("/routes/{origin}")
def routes(origin: str):
    encoded = origin.encode("utf-8")
    # expect: CWE-643
    rows = TREE.xpath("//route[@from='%s']/@to" % encoded.decode("utf-8"))
    return {"to": list(rows)}
