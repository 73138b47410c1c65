import secrets
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
def token(response: Response):
    value = secrets.token_urlsafe(32)
    # ok: CWE-614
    response.set_cookie(key="access_token", value=value, httponly=True, secure=True, samesite="lax")
    return {"ok": True}
