"""Django search page."""
from django.http import HttpResponse


def search(request):
    q = request.GET.get("q", "")
    # expect: CWE-79
    return HttpResponse("<p>You searched for: " + q + "</p>")
