"""Theme switcher."""
from django.http import HttpResponse, HttpResponseBadRequest

THEMES = {"light", "dark"}


def theme(request):
    choice = request.COOKIES.get("theme", "light")
    if choice not in THEMES:
        return HttpResponseBadRequest("bad theme")
    # ok: CWE-79
    return HttpResponse('<body class="' + choice + '">Theme applied</body>')
