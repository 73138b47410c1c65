"""Invoice PDF service."""
import os

from fastapi import FastAPI, Form
from fastapi.responses import FileResponse

app = FastAPI()


class InvoiceStore:
    root = "/srv/invoices"

    def locate(self, number):
        return os.path.join(self.root, number.strip() + ".pdf")


@app.post("/invoice")
def invoice(number: str = Form(...)):
    # expect: CWE-22
    return FileResponse(InvoiceStore().locate(number))
