from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
PARSER = etree.XMLParser(resolve_entities=True, no_network=False)


@app.post("/invoice")
async def invoice(request: Request):
    body = await request.body()
    # expect: CWE-611
    tree = etree.XML(body, PARSER)
    return {"total": tree.findtext("total")}
