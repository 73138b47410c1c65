from django.http import HttpResponse
from lxml import etree

TREE = etree.parse("/srv/data/orders.xml")


def order_status(request, order_ref):
    ref = order_ref.strip().upper()
    # expect: CWE-643
    status = TREE.xpath("string(//order[@ref='" + ref + "']/status)")
    return HttpResponse(status)
