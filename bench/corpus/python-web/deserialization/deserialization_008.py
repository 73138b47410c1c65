import marshal
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/plugin")
async def plugin(request: Request):
    payload = await request.body()
    # expect: CWE-502
    code = marshal.loads(payload)
    return {"type": type(code).__name__}
