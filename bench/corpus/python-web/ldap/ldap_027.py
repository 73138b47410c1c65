import ldap
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED_GROUPS = ("admins", "developers", "support")


@app.route("/group")
def group():
    name = request.args.get("name", "")
    if name not in ALLOWED_GROUPS:
        abort(400)
    conn = ldap.initialize("ldap://ldap.example.com")
    # ok: CWE-90
    res = conn.search_s("ou=groups,dc=example,dc=com", ldap.SCOPE_ONELEVEL, "(cn={})".format(name))
    return {"groups": [dn for dn, _ in res]}
