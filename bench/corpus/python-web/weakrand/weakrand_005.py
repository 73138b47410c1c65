import random
import time
from fastapi import FastAPI

app = FastAPI()


@app.post("/verify-email")
def verify_email(email: str):
    random.seed(time.time())
    # expect: CWE-330
    verification = "".join(str(random.randint(0, 9)) for _ in range(8))
    return {"email": email, "code_sent": bool(verification)}
