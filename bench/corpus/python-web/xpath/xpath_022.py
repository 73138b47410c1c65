from django.http import JsonResponse
from lxml import etree

TREE = etree.parse("/srv/data/config.xml")


def setting(request):
    keys = request.POST.getlist("key")
    filters = " or ".join("@name='%s'" % k for k in keys)
    # expect: CWE-643
    values = TREE.xpath("//setting[" + filters + "]/text()")
    return JsonResponse({"values": values})
