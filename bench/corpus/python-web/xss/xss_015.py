"""Referrer echo."""
from django.http import HttpResponse


def referred(request):
    ref = request.META.get("HTTP_REFERER", "")
    # expect: CWE-79
    return HttpResponse(f'<p>Thanks for coming from <a href="{ref}">{ref}</a></p>')
