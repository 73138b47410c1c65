from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
PARTNERS = {"docs": "https://docs.example.com", "status": "https://status.example.com"}


@app.get("/out")
def outbound(site: str):
    target = PARTNERS.get(site, "https://www.example.com")
    # ok: CWE-601
    return RedirectResponse(url=target)
