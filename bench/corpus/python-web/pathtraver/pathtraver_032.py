"""Report download."""
import os

from django.http import FileResponse

REPORT_DIR = "/var/reports"


def report(request):
    name = os.path.basename(request.GET.get("r", "latest.pdf"))
    # ok: CWE-22
    return FileResponse(open(os.path.join(REPORT_DIR, name), "rb"))
