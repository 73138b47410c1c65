"""Log search API."""
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/logs/search")
def search_logs(q: str, limit: int = 50):
    cmd = "grep -m {} {} /var/log/app.log".format(limit, q)
    # expect: CWE-78
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return {"matches": proc.stdout.splitlines()}
