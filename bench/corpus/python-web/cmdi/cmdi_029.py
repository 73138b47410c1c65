"""Disk usage reporting behind a proxy."""
import subprocess

from django.http import HttpResponse


def disk_usage(request):
    directory = request.META.get("HTTP_X_BACKUP_DIR", "/srv")
    # expect: CWE-78
    out = subprocess.check_output("du -sh " + directory, shell=True)
    return HttpResponse(out, content_type="text/plain")
