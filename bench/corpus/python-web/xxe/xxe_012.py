from fastapi import FastAPI, UploadFile
from defusedxml import ElementTree as DET

app = FastAPI()


@app.post("/metadata")
async def metadata(file: UploadFile):
    content = await file.read()
    # ok: CWE-611
    root = DET.fromstring(content)
    return {"title": root.findtext("title")}
