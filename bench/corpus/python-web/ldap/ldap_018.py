import ldap
from flask import Flask, request

app = Flask(__name__)

wrap = lambda attr, v: "(" + attr + "=" + v + ")"


@app.route("/mailbox")
def mailbox():
    alias = request.headers.get("X-Alias", "")
    values = [alias, "postmaster"]
    conn = ldap.initialize("ldap://ldap.example.com")
    # ok: CWE-90
    res = conn.search_s("ou=mail,dc=example,dc=com", ldap.SCOPE_SUBTREE, wrap("mailAlias", values[1]))
    return {"n": len(res)}
