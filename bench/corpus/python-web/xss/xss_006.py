"""Cart counter."""
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/cart")
def cart(items: str = "0"):
    count = int(items)
    # ok: CWE-79
    return HTMLResponse("<span class='cart'>%d items</span>" % count)
