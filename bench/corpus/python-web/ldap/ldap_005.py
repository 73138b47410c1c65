import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/phone")
def phone():
    number = request.cookies.get("phone", "")
    clauses = ["(telephoneNumber=", number, ")"]
    conn = ldap.initialize("ldap://ldap.example.com")
    # expect: CWE-90
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "".join(clauses))
    return {"n": len(res)}
