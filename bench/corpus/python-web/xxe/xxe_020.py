import xml.sax
from django.http import JsonResponse


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = 0

    def startElement(self, name, attrs):
        if name == "title":
            self.titles += 1


def titles(request):
    handler = TitleHandler()
    # ok: CWE-611
    xml.sax.parseString(request.body, handler)
    return JsonResponse({"titles": handler.titles})
