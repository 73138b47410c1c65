import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("hooks")


@app.post("/hook")
async def hook(request: Request):
    source = request.query_params.get("source", "")
    event = request.query_params.get("event", "")
    # expect: CWE-117
    logger.info(" ".join(["hook", source, event]))
    return {"ok": True}
