from fastapi import FastAPI
from ldap3 import Server, Connection

app = FastAPI()


@app.get("/people/{uid}")
def person(uid: int):
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    # ok: CWE-90
    conn.search("ou=people,dc=example,dc=com", "(uidNumber=" + str(int(uid)) + ")", attributes=["cn"])
    return {"cn": [str(e.cn) for e in conn.entries]}
