import hashlib
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/files")
async def upload(file: UploadFile):
    data = await file.read()
    # ok: CWE-328
    etag = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return {"etag": etag, "size": len(data)}
