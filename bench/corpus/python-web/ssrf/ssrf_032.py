import json
import requests
from django.http import JsonResponse


def batch(request):
    items = json.loads(request.body)["urls"]
    results = {}
    for u in items:
        # expect: CWE-918
        results[u] = requests.get(u, timeout=3).status_code
    return JsonResponse(results)
