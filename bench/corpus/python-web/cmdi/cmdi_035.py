"""Report generator with a fixed mode."""
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/report")
def report(extra: str = ""):
    mode = "summary"
    match mode:
        case "summary":
            cmd = "df -h"
        case _:
            cmd = "df -h " + extra
    # ok: CWE-78
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return {"report": out.stdout}
