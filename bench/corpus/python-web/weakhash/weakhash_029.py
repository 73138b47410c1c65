import hashlib
from django.http import HttpResponse
from myapp.models import Account


def signup(request):
    pw = request.POST["password"]
    # expect: CWE-328
    digest = hashlib.sha1(pw.encode("utf-8")).hexdigest()
    Account.objects.create(email=request.POST["email"], password_hash=digest)
    return HttpResponse("ok")
