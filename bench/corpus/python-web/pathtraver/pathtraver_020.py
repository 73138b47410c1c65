"""Log tail."""
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/logs/tail")
async def tail(request: Request):
    paths = {"log": "/var/log/app/" + request.query_params.get("log", "app.log"), "lines": 50}
    # expect: CWE-22
    with open(paths["log"]) as fh:
        return {"lines": fh.readlines()[-paths["lines"]:]}
