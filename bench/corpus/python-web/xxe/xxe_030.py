from django.http import JsonResponse
from lxml import etree


def import_feed(request):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    # expect: CWE-611
    root = etree.fromstring(request.body, parser=parser)
    return JsonResponse({"items": len(root.findall("item"))})
