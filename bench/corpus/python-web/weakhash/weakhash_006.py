import hashlib
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Signup(BaseModel):
    email: str
    password: str


@app.post("/signup")
def signup(body: Signup):
    # expect: CWE-328
    hashed = hashlib.md5((body.email + body.password).encode()).hexdigest()
    return {"email": body.email, "hash": hashed}
