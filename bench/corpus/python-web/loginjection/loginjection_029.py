import logging
from django.http import HttpResponse

logger = logging.getLogger(__name__)


def download(request, filename):
    # expect: CWE-117
    logger.warning("download requested: " + filename)
    return HttpResponse(status=404)
