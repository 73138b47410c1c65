import html
import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/group")
def group():
    name = html.escape(request.args.get("name", ""))
    conn = ldap.initialize("ldap://ldap.example.com")
    # expect: CWE-90
    res = conn.search_s("ou=groups,dc=example,dc=com", ldap.SCOPE_ONELEVEL, "(cn={})".format(name))
    return {"groups": [dn for dn, _ in res]}
