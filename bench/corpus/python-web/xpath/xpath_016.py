from django.http import JsonResponse
from lxml import etree

TREE = etree.parse("/srv/data/events.xml")


def events(request):
    city = request.COOKIES.get("city", "")
    stack = ["//event[city='Paris']/title/text()", city]
    stack.pop()
    expr = stack.pop()
    # ok: CWE-643
    titles = TREE.xpath(expr)
    return JsonResponse({"titles": titles})
