from django.http import JsonResponse
from ldap3 import Server, Connection


def bulk(request):
    import json
    names = json.loads(request.body)["names"]
    parts = ["(uid=%s)" % n for n in names]
    conn = Connection(Server("ldap.corp.local"), auto_bind=True)
    # expect: CWE-90
    conn.search("dc=corp,dc=local", "(|" + "".join(parts) + ")")
    return JsonResponse({"count": len(conn.entries)})
