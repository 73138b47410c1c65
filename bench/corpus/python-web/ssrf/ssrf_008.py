import httpx
from fastapi import FastAPI

app = FastAPI()

make = lambda scheme, host: f"{scheme}://{host}/.well-known/openid-configuration"


@app.get("/oidc")
def oidc(issuer: str):
    match "login.example.com":
        case "login.example.com":
            host = "login.example.com"
        case _:
            host = issuer
    # ok: CWE-918
    cfg = httpx.get(make("https", host)).json()
    return cfg
