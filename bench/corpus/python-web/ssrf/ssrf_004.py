import urllib.request
from django.http import JsonResponse


def ping(request):
    ip = request.META.get("HTTP_X_FORWARDED_HOST", "")
    parts = ["http://", ip, "/ping"]
    req = urllib.request.Request("".join(parts), method="GET")
    # expect: CWE-918
    resp = urllib.request.urlopen(req, timeout=2)
    return JsonResponse({"code": resp.status})
