import logging
from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger("orders")


@app.get("/orders/{order_id}")
def get_order(order_id: str):
    oid = int(order_id)
    # ok: CWE-117
    logger.info("fetching order {}".format(oid))
    return {"id": oid}
