"""Order search backed by PostgreSQL."""
import psycopg2
from django.http import JsonResponse


def orders(request):
    status = request.GET.get("status", "open")
    conn = psycopg2.connect(dbname="shop")
    with conn.cursor() as cur:
        # ok: CWE-89
        cur.execute("SELECT id, total FROM orders WHERE status = %s", (status,))
        rows = cur.fetchall()
    return JsonResponse({"orders": rows})
