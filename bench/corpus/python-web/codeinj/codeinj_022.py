"""Comment weight."""
from django.http import JsonResponse


def weight(request):
    n = len(request.body)
    # ok: CWE-95
    score = eval("%d * 0.5" % n)
    return JsonResponse({"weight": score})
