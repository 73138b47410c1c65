"""Line counter for uploaded logs."""
import os

from django.http import HttpResponse
from django.urls import path


def count_lines(request):
    logfile = request.GET["file"]
    # expect: CWE-78
    result = os.popen("wc -l /var/log/uploads/%s" % logfile).read()
    return HttpResponse(result, content_type="text/plain")


urlpatterns = [path("logs/count", count_lines)]
