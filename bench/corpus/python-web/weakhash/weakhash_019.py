import hashlib
from django.http import JsonResponse
from django.conf import settings


def file_fingerprint(request):
    upload = request.FILES["doc"]
    # ok: CWE-328
    h = hashlib.sha1(usedforsecurity=False)
    for chunk in upload.chunks():
        h.update(chunk)
    return JsonResponse({"fingerprint": h.hexdigest(), "max": settings.FILE_UPLOAD_MAX_MEMORY_SIZE})
