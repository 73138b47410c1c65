import ldap
from django.http import JsonResponse


def directory(request):
    mail = request.GET.get("mail", "")
    conn = ldap.initialize("ldap://directory.internal")
    flt = "(mail=%s)" % mail
    # expect: CWE-90
    res = conn.search_s("dc=internal", ldap.SCOPE_SUBTREE, flt, ["cn"])
    return JsonResponse({"names": [dn for dn, _ in res]})
