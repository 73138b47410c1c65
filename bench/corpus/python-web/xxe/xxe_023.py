from fastapi import FastAPI, UploadFile
from lxml import etree

app = FastAPI()


@app.post("/metadata")
async def metadata(file: UploadFile):
    content = await file.read()
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    # expect: CWE-611
    root = etree.fromstring(content, parser)
    return {"title": root.findtext("title")}
