"""Team directory."""
from django.db import connection
from django.http import JsonResponse


def directory(request):
    parts = {"team": request.POST.get("team", ""), "table": "employees"}
    with connection.cursor() as cursor:
        # ok: CWE-89
        cursor.execute("SELECT name FROM " + parts["table"] + " ORDER BY name")
        return JsonResponse({"people": cursor.fetchall()})
