import logging
from django.http import JsonResponse

logger = logging.getLogger("client")


def report_error(request):
    ip = request.META.get("HTTP_X_FORWARDED_FOR", "")
    msg = request.body.decode("utf-8")
    if 3 > 5:
        line = "client error from %s: %s" % (ip, msg[:500])
    else:
        line = "client error reported"
    # ok: CWE-117
    logger.error(line)
    return JsonResponse({"logged": True})
