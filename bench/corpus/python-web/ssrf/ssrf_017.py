import httpx
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/proxy")
async def proxy(request: Request):
    target = request.query_params.get("target", "")
    async with httpx.AsyncClient() as client:
        # expect: CWE-918
        r = await client.get(target)
    return {"body": r.text[:200]}
