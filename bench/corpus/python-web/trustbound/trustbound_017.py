from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="change-me")


@app.get("/org/{org_id}")
async def org(org_id: str, request: Request):
    # expect: CWE-501
    request.session["org"] = "org-%s" % org_id
    return {"org": org_id}
