import urllib.request
from urllib.parse import urlparse
from django.http import HttpResponse, HttpResponseBadRequest

ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


def fetch_avatar(request):
    avatar_url = request.POST.get("avatar_url", "")
    parsed = urlparse(avatar_url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    # ok: CWE-918
    with urllib.request.urlopen(avatar_url, timeout=10) as fh:
        data = fh.read()
    return HttpResponse(data, content_type="image/png")
