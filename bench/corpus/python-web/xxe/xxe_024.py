from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
PARSER = etree.XMLParser(resolve_entities=True, no_network=False)
TEMPLATE = b"<invoice><total>0</total></invoice>"


@app.post("/invoice")
async def invoice(request: Request):
    body = await request.body()
    # ok: CWE-611
    tree = etree.XML(TEMPLATE, PARSER)
    return {"total": tree.findtext("total"), "size": len(body)}
