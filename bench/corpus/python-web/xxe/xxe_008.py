from django.http import JsonResponse
from lxml import etree


def contacts(request):
    raw = request.POST["vcard_xml"]
    wrapped = "<contacts>%s</contacts>" % raw
    parser = etree.XMLParser(resolve_entities=True)
    # expect: CWE-611
    root = etree.fromstring(wrapped.encode(), parser)
    return JsonResponse({"n": len(root)})
