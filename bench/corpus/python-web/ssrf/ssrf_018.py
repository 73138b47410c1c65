import json
import requests
from django.http import JsonResponse

KNOWN = {"a": "https://a.example.com/", "b": "https://b.example.com/"}


def batch(request):
    keys = json.loads(request.body)["keys"]
    results = {}
    for k in keys:
        if k in KNOWN:
            # ok: CWE-918
            results[k] = requests.get(KNOWN[k], timeout=3).status_code
    return JsonResponse(results)
