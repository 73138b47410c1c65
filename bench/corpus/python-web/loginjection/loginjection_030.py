import logging
from django.http import JsonResponse

audit = logging.getLogger("audit")


def transfer(request):
    account = request.POST["account"]
    amount = request.POST["amount"]
    # expect: CWE-117
    audit.info("transfer to %s amount %s", account, amount)
    return JsonResponse({"status": "queued"})
