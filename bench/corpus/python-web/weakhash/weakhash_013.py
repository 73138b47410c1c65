from fastapi import FastAPI
from passlib.hash import argon2

app = FastAPI()
USERS = {}


@app.post("/register")
def register(username: str, password: str):
    # ok: CWE-328
    USERS[username] = argon2.hash(password)
    return {"ok": True}
