from django.http import HttpResponse
from ldap3 import Server, Connection


def host_info(request, hostname):
    conn = Connection(Server("ldap.corp.local"), auto_bind=True)
    name = hostname.lower()
    # expect: CWE-90
    conn.search("ou=hosts,dc=corp,dc=local", f"(cn={name})", attributes=["ipHostNumber"])
    return HttpResponse(str(conn.entries))
