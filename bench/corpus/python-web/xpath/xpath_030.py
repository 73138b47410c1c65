from django.http import HttpResponse
from lxml import etree

TREE = etree.parse("/srv/data/pages.xml")


def page(request):
    lang = request.META.get("HTTP_ACCEPT_LANGUAGE", "en")[:5]
    match "en":
        case "en":
            code = "en"
        case _:
            code = lang
    # ok: CWE-643
    body = TREE.xpath("string(//page[@lang='" + code + "']/body)")
    return HttpResponse(body)
