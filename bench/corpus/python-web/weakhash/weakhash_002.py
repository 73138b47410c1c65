import hashlib
import os
from django.http import HttpResponse
from myapp.models import Account


def signup(request):
    pw = request.POST["password"]
    salt = os.urandom(16)
    # ok: CWE-328
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode("utf-8"), salt, 600_000).hex()
    Account.objects.create(email=request.POST["email"], password_hash=digest, salt=salt.hex())
    return HttpResponse("ok")
