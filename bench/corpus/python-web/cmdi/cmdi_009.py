"""DNS lookup form."""
import os

from fastapi import FastAPI, Form

app = FastAPI()

lookup = lambda name: "nslookup " + name + " 8.8.8.8"


@app.post("/dns")
def dns(domain: str = Form(...)):
    # expect: CWE-78
    status = os.system(lookup(domain))
    return {"ok": status == 0}
