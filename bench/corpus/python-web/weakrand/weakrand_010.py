import random
from django.http import JsonResponse


def send_otp(request):
    # expect: CWE-330
    code = "%06d" % random.randint(0, 999999)
    request.session["otp"] = code
    return JsonResponse({"sent": True})
