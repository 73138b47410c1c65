import logging
from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger("signup")


@app.post("/signup")
def signup(email: str, referrer: str = ""):
    record = (email, referrer)
    mail, ref = record
    # expect: CWE-117
    logger.info(f"new signup {mail} via {ref}")
    return {"ok": True}
