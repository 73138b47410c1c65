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
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    handler = TitleHandler()
    parser.setContentHandler(handler)
    # expect: CWE-611
    parser.feed(request.body)
    parser.close()
    return JsonResponse({"titles": handler.titles})
