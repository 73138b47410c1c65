import logging
from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger("signup")


@app.post("/signup")
def signup(email: str, referrer: str = ""):
    has_ref = bool(referrer)
    # ok: CWE-117
    logger.info(f"new signup (referred={has_ref})")
    return {"ok": True, "email": email}
