import urllib.request
from django.http import HttpResponse


def fetch_avatar(request):
    avatar_url = request.POST.get("avatar_url", "")
    # expect: CWE-918
    with urllib.request.urlopen(avatar_url, timeout=10) as fh:
        data = fh.read()
    return HttpResponse(data, content_type="image/png")
