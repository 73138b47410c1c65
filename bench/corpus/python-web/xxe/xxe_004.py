from django.http import HttpResponse
from lxml import etree


def kml(request):
    data = request.COOKIES.get("layer", "") or request.GET.get("layer", "")
    parser = etree.XMLParser(no_network=True, resolve_entities=False, dtd_validation=False)
    # ok: CWE-611
    root = etree.XML(data.strip(), parser)
    return HttpResponse(root.tag)
