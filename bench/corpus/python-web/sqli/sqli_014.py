"""Invoice lookup via SQLAlchemy."""
from fastapi import FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = FastAPI()
engine = create_engine("sqlite:///billing.db")


@app.get("/invoices")
def invoices(customer: str):
    with Session(engine) as session:
        # ok: CWE-89
        result = session.execute(text("SELECT id, amount FROM invoices WHERE customer = :c"), {"c": customer})
        return {"invoices": [tuple(r) for r in result]}
