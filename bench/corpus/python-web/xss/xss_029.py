"""Breadcrumbs."""
from django.http import HttpResponse


def breadcrumbs(request):
    crumbs = ["Home", request.GET.get("section", "")]
    # ok: CWE-79
    return HttpResponse("<nav>" + crumbs[0] + "</nav>")
