import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("hooks")


@app.post("/hook")
async def hook(request: Request):
    source = request.query_params.get("source", "")
    fields = {"source": source, "kind": "webhook"}
    # ok: CWE-117
    logger.info(" ".join(["hook", fields["kind"]]))
    return {"ok": True}
