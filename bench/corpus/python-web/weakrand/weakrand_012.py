import random
from django.core.mail import send_mail
from django.http import HttpResponse


def invite(request):
    email = request.POST["email"]
    # expect: CWE-330
    invite_code = str(random.randrange(10**11, 10**12))
    send_mail("Invitation", f"Your code: {invite_code}", "noreply@example.com", [email])
    return HttpResponse("sent")
