from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
TREE = etree.parse("devices.xml")


@app.get("/devices")
async def devices(request: Request):
    owner = request.query_params.get("owner", "")
    owner = owner.replace(" ", "")
    # expect: CWE-643
    found = TREE.xpath("//device[owner='" + owner + "']/serial/text()")
    return {"serials": found}
