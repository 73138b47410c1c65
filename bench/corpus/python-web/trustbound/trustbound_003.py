from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="change-me")


@app.get("/tenant")
async def tenant(request: Request):
    name = request.query_params.get("tenant", "")
    # expect: CWE-501
    request.session["tenant"] = name
    return {"tenant": name}
