import yaml
from fastapi import FastAPI

app = FastAPI()


@app.get("/render")
def render(spec: str):
    # ok: CWE-502
    obj = yaml.load(spec, Loader=yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader)
    return {"kind": str(type(obj))}
