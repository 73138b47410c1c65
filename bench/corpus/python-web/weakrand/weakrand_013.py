import secrets
from django.http import JsonResponse


def send_otp(request):
    # ok: CWE-330
    code = "%06d" % secrets.randbelow(1000000)
    request.session["otp"] = code
    return JsonResponse({"sent": True})
