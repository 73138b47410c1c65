"""Audit log filter."""
from django.db import connection
from django.http import JsonResponse


def audit_log(request, username):
    sql = "SELECT action, created FROM audit WHERE username = '" + username + "' ORDER BY created"
    with connection.cursor() as cursor:
        # expect: CWE-89
        cursor.execute(sql)
        rows = cursor.fetchall()
    return JsonResponse({"entries": rows})
