"""Default manual."""
from django.http import HttpResponse


def manual(request):
    param = request.GET.get("file", "")
    name = "manual.txt"
    if 3 > 5:
        name = param
    # ok: CWE-22
    with open("/srv/manuals/" + name) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
