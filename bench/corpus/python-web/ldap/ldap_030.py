import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/phone")
def phone():
    number = request.cookies.get("phone", "")
    clauses = {"user": number, "fixed": "(objectClass=device)"}
    conn = ldap.initialize("ldap://ldap.example.com")
    # ok: CWE-90
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, clauses["fixed"])
    return {"n": len(res)}
