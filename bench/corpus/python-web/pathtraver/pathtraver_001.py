"""Export reader."""
import os

from django.http import HttpResponse


def export(request):
    export_id = request.META.get("HTTP_X_EXPORT_ID", "default")
    filename = "{}.csv".format(export_id)
    # expect: CWE-22
    with open(os.path.join("/var/exports", filename)) as fh:
        return HttpResponse(fh.read(), content_type="text/csv")
