import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
SERVICES = ["billing", "search", "auth"]


@app.get("/status/{host}")
def status(host: str):
    if host not in SERVICES:
        raise HTTPException(status_code=404)
    # ok: CWE-918
    r = httpx.get(f"http://{host}.svc.internal/health", timeout=3.0)
    return {"code": r.status_code}
