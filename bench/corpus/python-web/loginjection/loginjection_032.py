import logging
from django.http import HttpResponse

logger = logging.getLogger("prefs")


def set_theme(request):
    theme = request.COOKIES.get("theme", "light")
    match "light":
        case "light":
            label = "light"
        case _:
            label = theme
    # ok: CWE-117
    logger.info("theme selected: " + label)
    return HttpResponse("ok")
