import random
from fastapi import FastAPI

app = FastAPI()


@app.post("/api-keys")
def create_key():
    # expect: CWE-330
    key = "%032x" % random.getrandbits(128)
    return {"api_key": key}
