"""Numbered report archive."""
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/reports")
def reports(number: str = "1"):
    n = int(number)
    # ok: CWE-22
    return FileResponse(f"/srv/reports/report-{n}.pdf")
