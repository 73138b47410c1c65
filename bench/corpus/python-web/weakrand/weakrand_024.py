import random
from fastapi import FastAPI

app = FastAPI()
QUOTES = ["Stay curious.", "Ship it.", "Keep it simple."]


@app.get("/quote")
def quote():
    # ok: CWE-330
    text = random.choice(QUOTES)
    return {"quote": text}
