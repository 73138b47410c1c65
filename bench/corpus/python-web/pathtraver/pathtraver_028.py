"""Theme stylesheet."""
from django.http import FileResponse, HttpResponseNotFound

THEMES = ("light", "dark", "contrast")


def theme(request, name):
    if name in THEMES:
        # ok: CWE-22
        return FileResponse(open(f"/srv/themes/{name}.css", "rb"), content_type="text/css")
    return HttpResponseNotFound()
