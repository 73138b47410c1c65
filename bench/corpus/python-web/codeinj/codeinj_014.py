"""Notebook cell execution."""
from fastapi import Body, FastAPI

app = FastAPI()


@app.post("/cells/run")
def run_cell(cell: str = Body(..., embed=True)):
    namespace = {"result": None}
    # expect: CWE-94
    exec(cell, namespace)
    return {"result": repr(namespace["result"])}
