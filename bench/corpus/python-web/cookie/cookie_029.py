import secrets
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
def login(response: Response, username: str):
    # expect: CWE-1004
    response.set_cookie("session", secrets.token_urlsafe(32), secure=True, httponly=False, samesite="lax")
    return {"user": username}
