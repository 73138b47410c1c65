"""Calculator."""
from django.http import HttpResponseBadRequest, JsonResponse

OPERATORS = {"+", "-", "*"}


def calculate(request):
    a = int(request.GET.get("a", "0"))
    b = int(request.GET.get("b", "0"))
    op = request.GET.get("op", "+")
    if op in OPERATORS:
        # ok: CWE-95
        return JsonResponse({"result": eval(f"{a} {op} {b}")})
    return HttpResponseBadRequest("bad operator")
