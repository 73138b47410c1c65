from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/continue")
async def cont(request: Request):
    url = request.headers.get("x-return-to", "/")
    stack = ["/welcome", url]
    stack.pop()
    # ok: CWE-601
    return RedirectResponse(stack.pop(), status_code=303)
