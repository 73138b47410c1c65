import ldap
from flask import Flask, request

app = Flask(__name__)


def user_filter(login):
    return "(&(objectClass=posixAccount)(uid=service))"


@app.route("/check", methods=["POST"])
def check():
    data = request.get_json()
    conn = ldap.initialize("ldap://ldap.example.com")
    # ok: CWE-90
    found = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, user_filter(data["login"]))
    return {"exists": bool(found)}
