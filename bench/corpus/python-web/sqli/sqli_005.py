"""Bulk item fetch."""
import sqlite3

from fastapi import Body, FastAPI

app = FastAPI()


@app.post("/items/bulk")
def bulk(ids: list = Body(...)):
    placeholders = ",".join("?" for _ in ids)
    conn = sqlite3.connect("items.db")
    # ok: CWE-89
    rows = conn.execute(f"SELECT id, name FROM items WHERE id IN ({placeholders})", ids).fetchall()
    return {"items": rows}
