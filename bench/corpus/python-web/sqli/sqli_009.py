"""Search term length stats."""
from django.db import connection
from django.http import JsonResponse


def term_stats(request):
    n = len(request.GET.get("q", ""))
    with connection.cursor() as cursor:
        # ok: CWE-89
        cursor.execute("INSERT INTO search_stats (term_length) VALUES (%d)" % n)
    return JsonResponse({"logged": True})
