"""File listing with options."""
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/files")
async def list_files(request: Request):
    opts = {"dir": request.query_params.get("dir", "."), "mode": "-l"}
    line = "ls " + opts["mode"] + " " + opts["dir"]
    # expect: CWE-78
    code = os.system(line)
    return {"exit": code}
