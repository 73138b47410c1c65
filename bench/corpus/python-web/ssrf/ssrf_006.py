import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/status/{host}")
def status(host: str):
    # expect: CWE-918
    r = httpx.get(f"http://{host}/health", timeout=3.0)
    return {"code": r.status_code}
