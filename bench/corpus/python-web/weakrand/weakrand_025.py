import random
from django.contrib.auth.models import User
from django.http import HttpResponse


def create_user(request):
    username = request.POST["username"]
    # expect: CWE-330
    password = "".join(chr(random.randint(33, 126)) for _ in range(14))
    User.objects.create_user(username=username, password=password)
    return HttpResponse(password)
