import logging
from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger("orders")


@app.get("/orders/{order_id}")
def get_order(order_id: str):
    # expect: CWE-117
    logger.info("fetching order {}".format(order_id))
    return {"id": order_id}
