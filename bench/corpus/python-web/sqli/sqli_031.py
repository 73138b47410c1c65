"""Invoice lookup via SQLAlchemy."""
from fastapi import FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = FastAPI()
engine = create_engine("sqlite:///billing.db")


@app.get("/invoices/{customer}")
def invoices(customer: str):
    with Session(engine) as session:
        # expect: CWE-89
        result = session.execute(text(f"SELECT id, amount FROM invoices WHERE customer = '{customer}'"))
        return {"invoices": [tuple(r) for r in result]}
