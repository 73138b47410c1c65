import secrets
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
def token(response: Response):
    value = secrets.token_urlsafe(32)
    # expect: CWE-614
    response.set_cookie(key="access_token", value=value, httponly=True, secure=False)
    return {"ok": True}
