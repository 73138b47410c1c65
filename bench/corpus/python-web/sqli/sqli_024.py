"""Sorted listing."""
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/books")
def books(order: str = "title"):
    conn = sqlite3.connect("library.db")
    query = "SELECT title, author FROM books ORDER BY " + order
    # expect: CWE-89
    rows = conn.execute(query).fetchall()
    return {"books": rows}
