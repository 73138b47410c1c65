import hashlib
from fastapi import FastAPI

app = FastAPI()
DB = {}


@app.post("/users")
def create_user(username: str, password: str):
    # expect: CWE-328
    DB[username] = hashlib.sha256(password.encode()).hexdigest()
    return {"created": username}
