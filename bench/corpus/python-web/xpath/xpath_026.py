from django.http import HttpResponse
from lxml import etree

TREE = etree.parse("/srv/data/pages.xml")


def page(request):
    lang = request.META.get("HTTP_ACCEPT_LANGUAGE", "en")[:5]
    # expect: CWE-643
    body = TREE.xpath("string(//page[@lang='" + lang + "']/body)")
    return HttpResponse(body)
