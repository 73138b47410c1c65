from fastapi import FastAPI
from lxml import etree

app = FastAPI()
TREE = etree.parse("routes.xml")


@app.get("/routes/{origin}")
def routes(origin: str):
    first, second = "LHR", origin
    # ok: CWE-643
    rows = TREE.xpath("//route[@from='%s']/@to" % first)
    return {"to": list(rows), "asked": second}
