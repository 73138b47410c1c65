"""Custom sort key builder."""
from django.http import JsonResponse

ROWS = [{"name": "a", "size": 3}, {"name": "b", "size": 1}]


def sorted_rows(request):
    key_expr = request.GET.get("key", "row['name']")
    # expect: CWE-95
    key_fn = eval("lambda row: %s" % key_expr)
    return JsonResponse({"rows": sorted(ROWS, key=key_fn)})
