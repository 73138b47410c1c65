from django.http import HttpResponse
from django.template import Template, Context

PREVIEW = "Dear {{ name }}, your order has shipped."


def email_preview(request):
    body = request.POST["t"]
    # ok: CWE-1336
    tpl = Template(PREVIEW)
    return HttpResponse(tpl.render(Context({"name": body})))
