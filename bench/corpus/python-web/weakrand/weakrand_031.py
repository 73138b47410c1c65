import secrets
from fastapi import FastAPI

app = FastAPI()


@app.post("/api-keys")
def create_key():
    # ok: CWE-330
    key = secrets.token_hex(16)
    return {"api_key": key}
