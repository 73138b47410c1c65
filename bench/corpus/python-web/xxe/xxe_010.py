import xml.etree.ElementTree as ET
from fastapi import FastAPI

app = FastAPI()

load = lambda s: ET.fromstring(s)


@app.get("/parse")
def parse(doc: str):
    # ok: CWE-611
    root = load(doc.encode("utf-8"))
    return {"tag": root.tag}
