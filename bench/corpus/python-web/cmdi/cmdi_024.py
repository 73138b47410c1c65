"""Ping with configurable count."""
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/ping/count")
def ping_count(count: str = "1"):
    n = int(count)
    # ok: CWE-78
    proc = subprocess.run(f"ping -c {n} 127.0.0.1", shell=True, capture_output=True)
    return {"rc": proc.returncode}
