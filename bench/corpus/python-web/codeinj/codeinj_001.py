"""Default expression view."""
from django.http import JsonResponse


def default_expr(request):
    param = request.GET.get("expr", "")
    expr = "2 ** 10"
    if 3 > 5:
        expr = param
    # ok: CWE-95
    return JsonResponse({"value": eval(expr)})
