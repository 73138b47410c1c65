"""Tag lookup."""
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///tags.db")


@app.get("/tags")
async def tags(request: Request):
    prefix = request.query_params.get("prefix", "")
    stmt = text("SELECT name FROM tags WHERE name LIKE '{}%'".format(prefix))
    with engine.connect() as conn:
        # expect: CWE-89
        rows = conn.execute(stmt).fetchall()
    return {"tags": [r[0] for r in rows]}
