"""Price scaling API."""
from fastapi import FastAPI

app = FastAPI()


@app.get("/scale")
def scale(factor: str = "1"):
    # expect: CWE-95
    value = eval(f"{factor} * 2.5")
    return {"value": value}
