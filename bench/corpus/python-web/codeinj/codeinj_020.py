"""Discount preview."""
from fastapi import FastAPI

app = FastAPI()


@app.get("/discount")
def discount(percent: str = "10"):
    p = float(percent)
    # ok: CWE-95
    return {"price": eval(f"100 * (1 - {p} / 100)")}
