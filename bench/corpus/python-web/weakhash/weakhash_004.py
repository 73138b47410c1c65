from django.contrib.auth.hashers import make_password
from django.http import HttpResponse


def legacy_reset(request):
    password = request.POST["password"]
    # ok: CWE-328
    record = make_password(password, hasher="pbkdf2_sha256")
    request.user.password = record
    request.user.save()
    return HttpResponse("updated")
