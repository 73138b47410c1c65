from django.http import HttpResponse
from ldap3 import Server, Connection


def host_info(request, hostname):
    conn = Connection(Server("ldap.corp.local"), auto_bind=True)
    name = hostname.lower()
    num = 106
    target = "gateway" if 7 * 18 + num > 200 else name
    # ok: CWE-90
    conn.search("ou=hosts,dc=corp,dc=local", f"(cn={target})", attributes=["ipHostNumber"])
    return HttpResponse(str(conn.entries))
