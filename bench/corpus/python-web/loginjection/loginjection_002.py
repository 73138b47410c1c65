import logging
from django.http import JsonResponse

logger = logging.getLogger("client")


def report_error(request):
    ip = request.META.get("HTTP_X_FORWARDED_FOR", "")
    msg = request.body.decode("utf-8")
    # expect: CWE-117
    logger.error("client error from %s: %s" % (ip, msg[:500]))
    return JsonResponse({"logged": True})
