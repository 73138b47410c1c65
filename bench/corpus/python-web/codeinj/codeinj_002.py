"""Tax computation."""
from fastapi import FastAPI

app = FastAPI()


@app.get("/tax")
def tax(expr: str = ""):
    rate, custom = "0.2 * 100", expr
    # ok: CWE-95
    return {"tax": eval(rate), "custom_len": len(custom)}
