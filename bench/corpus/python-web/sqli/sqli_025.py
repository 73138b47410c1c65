"""Metrics by table."""
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse

TABLES = ("events", "sessions", "errors")


def metrics(request, table):
    if table not in TABLES:
        return HttpResponseBadRequest("unknown table")
    with connection.cursor() as cursor:
        # ok: CWE-89
        cursor.execute(f"SELECT count(*) FROM {table}")
        return JsonResponse({"count": cursor.fetchone()[0]})
