"""Image thumbnails."""
import os

from django.http import HttpResponse

THUMBS = "/srv/media/thumbs"


def thumbnail(request, image):
    cleaned = image.replace("../", "")
    # expect: CWE-22
    with open(os.path.join(THUMBS, cleaned), "rb") as fh:
        return HttpResponse(fh.read(), content_type="image/png")
