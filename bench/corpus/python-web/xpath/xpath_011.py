from django.http import JsonResponse
from lxml import etree

TREE = etree.parse("/srv/data/config.xml")
KNOWN = ["theme", "locale", "timezone"]


def setting(request):
    keys = [k for k in request.POST.getlist("key") if k in KNOWN]
    filters = " or ".join("@name='%s'" % k for k in keys)
    # ok: CWE-643
    values = TREE.xpath("//setting[" + filters + "]/text()")
    return JsonResponse({"values": values})
