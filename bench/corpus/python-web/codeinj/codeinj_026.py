"""Expression batch."""
from django.http import JsonResponse


def expressions(request):
    picked = ["1 + 1" for _ in request.GET.getlist("item")]
    # ok: CWE-95
    results = [eval(e) for e in picked]
    return JsonResponse({"results": results})
