"""Recent posts."""
from django.db import connection
from django.http import JsonResponse


def recent(request):
    param = request.GET.get("author", "")
    author = "editor"
    if 3 > 5:
        author = param
    with connection.cursor() as cursor:
        # ok: CWE-89
        cursor.execute("SELECT title FROM posts WHERE author = '%s'" % author)
        return JsonResponse({"posts": cursor.fetchall()})
