import io
from django.http import HttpResponse
from lxml import etree


def svg_info(request):
    upload = request.FILES["image"]
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # expect: CWE-611
    tree = etree.parse(io.BytesIO(upload.read()), parser)
    return HttpResponse(tree.getroot().get("width", "?"))
