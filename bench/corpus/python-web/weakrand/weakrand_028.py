import random
from django.http import JsonResponse

gen = lambda n: "".join(random.choice("0123456789ABCDEF") for _ in range(n))


def pair_device(request):
    # expect: CWE-330
    pairing_secret = gen(16)
    request.session["pairing_secret"] = pairing_secret
    return JsonResponse({"pairing_secret": pairing_secret})
