import logging
from django.http import JsonResponse

audit = logging.getLogger("audit")


def transfer(request):
    account = int(request.POST["account"])
    amount = float(request.POST["amount"])
    # ok: CWE-117
    audit.info("transfer to %d amount %.2f", account, amount)
    return JsonResponse({"status": "queued"})
