"""Cache maintenance."""
import os

from django.http import JsonResponse


def clear_cache(request):
    options = {"user": request.COOKIES.get("user", ""), "dir": "/var/cache/app"}
    # ok: CWE-78
    rc = os.system("rm -rf " + options.get("dir") + "/*")
    return JsonResponse({"rc": rc})
