"""Startup hook runner."""
from fastapi import FastAPI

app = FastAPI()


@app.post("/hooks/{name}")
def run_hook(name: str, code: str = ""):
    phase = "startup"
    match phase:
        case "startup":
            snippet = "ready = True"
        case _:
            snippet = code
    env = {}
    # ok: CWE-94
    exec(snippet, env)
    return {"ready": env.get("ready", False), "hook": name}
