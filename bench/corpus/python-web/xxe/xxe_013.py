from django.http import JsonResponse
import defusedxml.ElementTree as DET


def import_feed(request):
    # ok: CWE-611
    root = DET.fromstring(request.body)
    return JsonResponse({"items": len(root.findall("item"))})
