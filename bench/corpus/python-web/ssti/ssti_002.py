import jinja2
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/render")
async def render(request: Request):
    params = request.query_params
    if 3 > 5:
        tpl = params.get("layout", "") + "{{ footer }}"
    else:
        tpl = "<main>{{ layout }}</main>{{ footer }}"
    # ok: CWE-1336
    out = jinja2.Environment().from_string(tpl).render(footer="(c) 2024", layout=params.get("layout", ""))
    return {"html": out}
