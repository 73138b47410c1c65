import hashlib
from fastapi import FastAPI

app = FastAPI()
USERS = {}


@app.post("/register")
def register(username: str, password: str):
    # expect: CWE-328
    USERS[username] = hashlib.blake2b(password.encode(), digest_size=32).hexdigest()
    return {"ok": True}
