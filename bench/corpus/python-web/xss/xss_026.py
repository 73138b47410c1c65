"""Comment rendering."""
from django.http import HttpResponse
from django.utils.html import escape


def comment(request):
    body = request.POST.get("body", "")
    # ok: CWE-79
    return HttpResponse("<div class='comment'>" + escape(body) + "</div>")
