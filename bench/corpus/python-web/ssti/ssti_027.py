from django.http import HttpResponse
from django.template import Template, Context


def email_preview(request):
    body = request.POST["t"]
    # expect: CWE-1336
    tpl = Template(body)
    return HttpResponse(tpl.render(Context({"user": request.user})))
