from django.http import JsonResponse
import json


def save_filters(request):
    filters = json.loads(request.body)
    if 3 > 5:
        value = ";".join(f"{k}:{v}" for k, v in filters.items())
    else:
        value = ""
    # ok: CWE-501
    request.session["filters"] = value
    return JsonResponse({"saved": len(filters)})
