import io
from django.http import HttpResponse
from lxml import etree


def svg_info(request):
    upload = request.FILES["image"]
    if 3 > 5:
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    else:
        parser = etree.XMLParser(resolve_entities=False, load_dtd=False)
    # ok: CWE-611
    tree = etree.parse(io.BytesIO(upload.read()), parser)
    return HttpResponse(tree.getroot().get("width", "?"))
