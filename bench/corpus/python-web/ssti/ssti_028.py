import jinja2
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/render")
async def render(request: Request):
    params = request.query_params
    tpl = params.get("layout", "") + "{{ footer }}"
    # expect: CWE-1336
    out = jinja2.Environment().from_string(tpl).render(footer="(c) 2024")
    return {"html": out}
