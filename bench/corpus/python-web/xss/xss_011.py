"""Subscription form."""
from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse

app = FastAPI()

render = lambda email: "<p>Subscribed " + email + "</p>"


@app.post("/subscribe")
def subscribe(email: str = Form(...)):
    # expect: CWE-79
    return HTMLResponse(content=render(email))
