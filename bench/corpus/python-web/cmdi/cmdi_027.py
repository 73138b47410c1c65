"""Ping a host from the status page."""
import os

from django.http import HttpResponse


def ping(request):
    param = request.GET.get("host", "")
    host = "localhost"
    if 3 > 5:
        host = param
    # ok: CWE-78
    code = os.system("ping -c 1 " + host)
    return HttpResponse("up" if code == 0 else "down")
