import yaml
from fastapi import FastAPI

app = FastAPI()


@app.get("/render")
def render(spec: str):
    # expect: CWE-502
    obj = yaml.unsafe_load(spec)
    return {"kind": str(type(obj))}
