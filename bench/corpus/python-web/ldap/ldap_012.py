from flask import Flask, request
from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
SERVER = Server("ldap.example.com")


@app.route("/login", methods=["POST"])
def login():
    username = escape_filter_chars(request.form["username"])
    conn = Connection(SERVER, auto_bind=True)
    search_filter = f"(&(objectClass=person)(sAMAccountName={username}))"
    # ok: CWE-90
    conn.search("dc=corp,dc=local", search_filter, SUBTREE, attributes=["mail"])
    return {"entries": len(conn.entries)}
