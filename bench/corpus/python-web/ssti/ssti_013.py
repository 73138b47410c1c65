from django.http import HttpResponse
from django.template import Template, Context


def invoice_footer(request, company):
    text = "Thank you for choosing {}".format(company)
    # expect: CWE-1336
    return HttpResponse(Template(text).render(Context({})))
