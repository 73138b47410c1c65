"""Status page by environment."""
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/status")
def status(env: str = "prod"):
    region = "eu"
    match region:
        case "eu":
            label = "Europe"
        case _:
            label = env
    # ok: CWE-79
    return HTMLResponse(f"<p>Serving from {label}</p>")
