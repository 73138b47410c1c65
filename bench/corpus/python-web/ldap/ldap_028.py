import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/unit/<path:unit>")
def unit(unit):
    ou = unit.replace("/", ",ou=")
    active = len(ou) > 0
    conn = ldap.initialize("ldap://ldap.example.com")
    # ok: CWE-90
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(active=%s)" % active)
    return {"n": len(res)}
