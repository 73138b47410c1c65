from django.http import JsonResponse
import json


def save_filters(request):
    filters = json.loads(request.body)
    keys = [f"{k}:{v}" for k, v in filters.items()]
    # expect: CWE-501
    request.session["filters"] = ";".join(keys)
    return JsonResponse({"saved": len(keys)})
