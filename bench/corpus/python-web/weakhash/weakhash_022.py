import hashlib
from django.http import JsonResponse


def rotate_password(request):
    pw = request.POST["new"]
    digest = pw.encode()
    for _ in range(3):
        # expect: CWE-328
        digest = hashlib.md5(digest).digest()
    request.user.password = "custom$" + digest.hex()
    request.user.save()
    return JsonResponse({"rotated": True})
