from fastapi import FastAPI
from ldap3 import Server, Connection

app = FastAPI()


@app.get("/people/{uid}")
def person(uid: str):
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    # expect: CWE-90
    conn.search("ou=people,dc=example,dc=com", "(uid=" + uid + ")", attributes=["cn"])
    return {"cn": [str(e.cn) for e in conn.entries]}
