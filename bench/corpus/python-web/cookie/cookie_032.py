import secrets
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
def login(response: Response, username: str):
    if 3 > 5:
        response.set_cookie("session", secrets.token_urlsafe(32), secure=True)
    # ok: CWE-1004
    response.set_cookie("session", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="lax")
    return {"user": username}
