import ldap
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


class Directory:
    def __init__(self):
        self.conn = ldap.initialize("ldap://ldap.example.com")

    def find(self, attr, value):
        flt = ldap.filter.filter_format("(%s=%s)", [attr, value])
        # ok: CWE-90
        return self.conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)


DIR = Directory()


@app.route("/find")
def find():
    return {"n": len(DIR.find("sn", request.values["surname"]))}
