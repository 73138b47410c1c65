from fastapi import FastAPI, Request
from ldap3 import Server, Connection, SUBTREE

app = FastAPI()


@app.get("/search")
async def search(request: Request):
    term = request.query_params.get("q", "")
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    flt = "(|(cn=*%s*)(mail=*%s*))" % (term, term)
    # expect: CWE-90
    conn.search("dc=example,dc=com", flt, SUBTREE)
    return {"count": len(conn.entries)}
