import httpx
from fastapi import FastAPI

app = FastAPI()

make = lambda scheme, host: f"{scheme}://{host}/.well-known/openid-configuration"


@app.get("/oidc")
def oidc(issuer: str):
    # expect: CWE-918
    cfg = httpx.get(make("https", issuer)).json()
    return cfg
