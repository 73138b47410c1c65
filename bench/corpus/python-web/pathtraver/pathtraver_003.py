"""Backup copy."""
import shutil

from django.http import JsonResponse


def copy_backup(request):
    src = request.POST["source"]
    # expect: CWE-22
    shutil.copy(src, "/var/backups/incoming/")
    return JsonResponse({"copied": True})
