"""Settings preview."""
from django.http import JsonResponse


def preview(request):
    settings = {"threshold": request.GET.get("threshold", "10"), "unit": "'ms'"}
    # expect: CWE-95
    value = eval(settings["threshold"])
    return JsonResponse({"threshold": value})
