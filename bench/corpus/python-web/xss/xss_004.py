"""Motto page."""
from django.http import HttpResponse


def motto(request):
    param = request.GET.get("motto", "")
    text = "Ship it"
    if 3 > 5:
        text = param
    # ok: CWE-79
    return HttpResponse("<blockquote>" + text + "</blockquote>")
