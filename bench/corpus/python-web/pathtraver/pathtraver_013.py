"""Terms of service."""
from django.http import FileResponse


def terms(request):
    files = {"custom": request.COOKIES.get("tos", ""), "default": "/srv/legal/terms.pdf"}
    # ok: CWE-22
    return FileResponse(open(files.get("default"), "rb"))
