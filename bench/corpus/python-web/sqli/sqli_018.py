"""Leaderboard."""
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/leaderboard")
def leaderboard(sort: str = "score"):
    view = "weekly"
    match view:
        case "weekly":
            column = "week_score"
        case _:
            column = sort
    conn = sqlite3.connect("game.db")
    # ok: CWE-89
    rows = conn.execute(f"SELECT player, {column} FROM scores ORDER BY {column} DESC").fetchall()
    return {"rows": rows}
