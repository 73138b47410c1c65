import ldap
from django.http import JsonResponse


def by_employee(request):
    emp = request.META.get("HTTP_X_EMPLOYEE_ID", "")
    conn = ldap.initialize("ldap://directory.internal")
    # expect: CWE-90
    res = conn.search_s("dc=internal", ldap.SCOPE_SUBTREE, "(employeeNumber=" + emp.strip() + ")")
    return JsonResponse({"dn": [d for d, _ in res]})
