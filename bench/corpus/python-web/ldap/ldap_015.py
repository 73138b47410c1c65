from django.http import JsonResponse
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars


def bulk(request):
    import json
    names = json.loads(request.body)["names"]
    parts = ["(uid=%s)" % escape_filter_chars(n) for n in names]
    conn = Connection(Server("ldap.corp.local"), auto_bind=True)
    # ok: CWE-90
    conn.search("dc=corp,dc=local", "(|" + "".join(parts) + ")")
    return JsonResponse({"count": len(conn.entries)})
