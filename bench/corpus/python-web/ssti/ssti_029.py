from fastapi import FastAPI
from jinja2 import Template

app = FastAPI()


@app.get("/hello/{who}")
def hello(who: str):
    parts = [who, "Hello {{ who }}!"]
    # ok: CWE-1336
    return {"text": Template(parts[-1]).render(who=who)}
