"""Service status."""
import subprocess

from django.http import HttpResponse, HttpResponseBadRequest

ALLOWED_SERVICES = ("nginx", "postgresql", "redis")


def service_status(request, name):
    if name in ALLOWED_SERVICES:
        # ok: CWE-78
        out = subprocess.check_output(f"systemctl status {name}", shell=True)
        return HttpResponse(out, content_type="text/plain")
    return HttpResponseBadRequest("unknown service")
