import logging
from django.http import HttpResponse

logger = logging.getLogger("prefs")


def set_theme(request):
    theme = request.COOKIES.get("theme", "light")
    entries = []
    entries.append(theme)
    # expect: CWE-117
    logger.info("theme selected: " + entries[0])
    return HttpResponse("ok")
