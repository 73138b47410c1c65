import logging
from django.http import HttpResponse

logger = logging.getLogger(__name__)


def download(request, filename):
    clean = filename.replace("\r", "\\r").replace("\n", "\\n")
    # ok: CWE-117
    logger.warning("download requested: " + clean)
    return HttpResponse(status=404)
