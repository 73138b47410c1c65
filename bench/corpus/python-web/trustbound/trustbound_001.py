from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="change-me")


@app.get("/tenant")
async def tenant(request: Request):
    name = request.query_params.get("tenant", "")
    name = "default"
    # ok: CWE-501
    request.session["tenant"] = name
    return {"tenant": name}
