import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/unit/<path:unit>")
def unit(unit):
    ou = unit.replace("/", ",ou=")
    conn = ldap.initialize("ldap://ldap.example.com")
    # expect: CWE-90
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(ou=" + ou + ")")
    return {"n": len(res)}
