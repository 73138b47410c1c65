import hashlib
from django.http import HttpResponse


def legacy_reset(request):
    password = request.POST["password"]
    salt = request.POST["username"]
    # expect: CWE-328
    record = "md5$%s$%s" % (salt, hashlib.md5((salt + password).encode()).hexdigest())
    request.user.password = record
    request.user.save()
    return HttpResponse("updated")
