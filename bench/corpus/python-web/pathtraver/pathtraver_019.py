"""Static asset server."""
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/assets/{asset_path:path}")
def asset(asset_path: str):
    # expect: CWE-22
    return FileResponse(f"/srv/static/{asset_path}")
