"""Reachability check."""
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/reach/{host}")
def reach(host: str):
    # ok: CWE-78
    proc = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True)
    return {"reachable": proc.returncode == 0}
