from django.http import JsonResponse
from ldap3 import Server, Connection, SUBTREE


def members(request):
    dept = request.POST["department"]
    title = request.POST.get("title", "*")
    conn = Connection(Server("ldap.corp.local"), auto_bind=True)
    flt = "(&(department={})(title={}))".format(dept, title)
    # expect: CWE-90
    conn.search("dc=corp,dc=local", flt, SUBTREE)
    return JsonResponse({"count": len(conn.entries)})
