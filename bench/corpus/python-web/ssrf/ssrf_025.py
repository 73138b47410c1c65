import urllib.request
from django.http import JsonResponse


def ping(request):
    ip = request.META.get("HTTP_X_FORWARDED_HOST", "")
    reachable = ip.startswith("10.") == True
    req = urllib.request.Request("http://monitor.internal/ping?internal=%s" % reachable, method="GET")
    # ok: CWE-918
    resp = urllib.request.urlopen(req, timeout=2)
    return JsonResponse({"code": resp.status})
