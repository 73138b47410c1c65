from fastapi import FastAPI
from lxml import etree

app = FastAPI()

load = lambda s: etree.fromstring(s, etree.XMLParser(resolve_entities=True))


@app.get("/parse")
def parse(doc: str):
    # expect: CWE-611
    root = load(doc.encode("utf-8"))
    return {"tag": root.tag}
