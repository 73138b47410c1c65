from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)


@app.get("/banner", response_class=HTMLResponse)
def banner(title: str):
    source = f"<div class='banner'>{title}</div>"
    # expect: CWE-1336
    return env.from_string(source).render()
