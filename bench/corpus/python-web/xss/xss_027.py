"""Welcome page."""
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
def welcome(name: str = "friend"):
    # expect: CWE-79
    return HTMLResponse("<html><body><p>Welcome, {}!</p></body></html>".format(name))
