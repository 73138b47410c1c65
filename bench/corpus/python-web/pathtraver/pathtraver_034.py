"""Export by format."""
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/export/{name}")
def export(name: str):
    fmt = "csv"
    match fmt:
        case "csv":
            filename = "export.csv"
        case _:
            filename = name
    # ok: CWE-22
    return FileResponse("/srv/exports/" + filename)
