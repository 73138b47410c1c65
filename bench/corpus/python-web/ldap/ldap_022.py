import ldap
from flask import Flask, request

app = Flask(__name__)

wrap = lambda attr, v: "(" + attr + "=" + v + ")"


@app.route("/mailbox")
def mailbox():
    alias = request.headers.get("X-Alias", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    # expect: CWE-90
    res = conn.search_s("ou=mail,dc=example,dc=com", ldap.SCOPE_SUBTREE, wrap("mailAlias", alias))
    return {"n": len(res)}
