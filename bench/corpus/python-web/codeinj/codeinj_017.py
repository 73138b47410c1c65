"""Formula catalogue."""
from django.http import JsonResponse


def catalogue(request):
    formulas = {"user": request.POST.get("formula", ""), "area": "3.14159 * 2 ** 2"}
    # ok: CWE-95
    area = eval(formulas.get("area"))
    return JsonResponse({"area": area})
