from django.http import JsonResponse
from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def members(request):
    dept = escape_filter_chars(request.POST["department"])
    title = escape_filter_chars(request.POST.get("title", "manager"))
    conn = Connection(Server("ldap.corp.local"), auto_bind=True)
    flt = "(&(department={})(title={}))".format(dept, title)
    # ok: CWE-90
    conn.search("dc=corp,dc=local", flt, SUBTREE)
    return JsonResponse({"count": len(conn.entries)})
