"""Report download."""
import os

from django.http import FileResponse


REPORT_DIR = "/var/reports"


def report(request):
    report_name = request.GET.get("r", "latest.pdf")
    path = os.path.join(REPORT_DIR, report_name)
    # expect: CWE-22
    return FileResponse(open(path, "rb"), content_type="application/pdf")
