from django.http import JsonResponse
from lxml import etree

TREE = etree.parse("/srv/data/events.xml")


def events(request):
    city = request.COOKIES.get("city", "")
    parts = []
    parts.append("//event[city='")
    parts.append(city)
    parts.append("']/title/text()")
    # expect: CWE-643
    titles = TREE.xpath("".join(parts))
    return JsonResponse({"titles": titles})
