import httpx
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/proxy")
async def proxy(request: Request):
    target = request.query_params.get("target", "")
    async with httpx.AsyncClient(base_url="https://api.example.com") as client:
        # ok: CWE-918
        r = await client.get("/v2/lookup", params={"target": target})
    return {"body": r.text[:200]}
