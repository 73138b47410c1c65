"""Comment length audit."""
import os

from django.http import HttpResponse


def audit(request):
    comment = request.POST.get("comment", "")
    n = len(comment)
    # ok: CWE-78
    os.system("logger -t audit 'comment length %d'" % n)
    return HttpResponse("logged")
