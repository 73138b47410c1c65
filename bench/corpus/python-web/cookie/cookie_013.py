import secrets
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/session")
def new_session():
    sid = secrets.token_hex(16)
    resp = JSONResponse({"created": True})
    # expect: CWE-1004
    resp.set_cookie("sid", sid, secure=True, samesite="strict")
    return resp
