from django.http import HttpResponse
from django.template import Template, Context

FOOTERS = {"acme": "Thank you for choosing ACME", "globex": "Globex thanks you"}


def invoice_footer(request, company):
    if company not in FOOTERS:
        company = "acme"
    text = FOOTERS[company]
    # ok: CWE-1336
    return HttpResponse(Template(text).render(Context({})))
