import bcrypt
from fastapi import FastAPI

app = FastAPI()
DB = {}


@app.post("/users")
def create_user(username: str, password: str):
    # ok: CWE-328
    DB[username] = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    return {"created": username}
