from django.http import HttpResponse
from lxml import etree


def kml(request):
    data = request.COOKIES.get("layer", "") or request.GET.get("layer", "")
    parser = etree.XMLParser(no_network=False, resolve_entities=True, dtd_validation=False)
    # expect: CWE-611
    root = etree.XML(data.strip(), parser)
    return HttpResponse(root.tag)
