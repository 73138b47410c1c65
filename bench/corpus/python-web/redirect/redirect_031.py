from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/continue")
async def cont(request: Request):
    url = request.headers.get("x-return-to", "/")
    url = url.replace("http://", "https://")
    # expect: CWE-601
    return RedirectResponse(url, status_code=303)
