from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/out")
def outbound(url: str):
    # expect: CWE-601
    return RedirectResponse(url=url)
