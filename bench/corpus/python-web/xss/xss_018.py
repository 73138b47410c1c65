"""Tag cloud."""
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/tags")
async def tags(request: Request):
    items = request.query_params.getlist("tag")
    body = "".join("<li>" + t + "</li>" for t in items)
    # expect: CWE-79
    return HTMLResponse("<ul>" + body + "</ul>")
