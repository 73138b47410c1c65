import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/lookup")
def lookup():
    user = request.args["user"]
    conn = ldap.initialize("ldap://ldap.example.com")
    # expect: CWE-90
    results = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + user + ")")
    return {"found": len(results)}
