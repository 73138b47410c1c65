"""Message length counter."""
from django.http import HttpResponse


def counter(request):
    length = len(request.body)
    # ok: CWE-79
    return HttpResponse("<p>Your message has %d bytes</p>" % length)
