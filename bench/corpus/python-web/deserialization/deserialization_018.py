import json
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/plugin")
async def plugin(request: Request):
    payload = await request.body()
    # ok: CWE-502
    meta = json.loads(payload)
    return {"type": type(meta).__name__}
