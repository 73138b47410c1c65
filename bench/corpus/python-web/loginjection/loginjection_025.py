import logging
from django.http import HttpResponse

logger = logging.getLogger(__name__)


def search(request):
    term = request.GET.get("q", "")
    # ok: CWE-117
    logger.info(f"search performed, query length {len(term)}")
    return HttpResponse("results")
