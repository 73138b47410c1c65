from fastapi import FastAPI
from jinja2 import Template

app = FastAPI()


@app.get("/hello/{who}")
def hello(who: str):
    parts = ["Hello ", who, "!"]
    # expect: CWE-1336
    return {"text": Template("".join(parts)).render()}
