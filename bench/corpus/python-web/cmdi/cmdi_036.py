"""Backup trigger."""
import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def backup(request):
    target = request.POST.get("target", "db")
    parts = ["/usr/local/bin/backup.sh", "--target", target, "--quiet"]
    # expect: CWE-78
    status = os.system(" ".join(parts))
    return JsonResponse({"status": status})
