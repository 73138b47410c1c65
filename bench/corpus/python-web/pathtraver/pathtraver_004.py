"""Dataset reader."""
from django.http import HttpResponse, HttpResponseForbidden


def dataset(request):
    path = request.GET.get("path", "")
    if not path.startswith("/srv/datasets/"):
        return HttpResponseForbidden()
    # expect: CWE-22
    with open(path) as fh:
        return HttpResponse(fh.read(), content_type="text/plain")
