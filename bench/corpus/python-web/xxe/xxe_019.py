from django.http import JsonResponse
from lxml import etree


def contacts(request):
    raw = request.POST["vcard_xml"]
    num = 106
    body = "<contacts/>" if 7 * 18 + num > 200 else "<contacts>%s</contacts>" % raw
    parser = etree.XMLParser(resolve_entities=True)
    # ok: CWE-611
    root = etree.fromstring(body.encode(), parser)
    return JsonResponse({"n": len(root)})
