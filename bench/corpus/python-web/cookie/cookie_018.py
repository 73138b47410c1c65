import secrets
from django.http import HttpResponseRedirect


def sso_complete(request):
    ticket = secrets.token_urlsafe(32)
    response = HttpResponseRedirect("/")
    # expect: CWE-614
    response.set_cookie("sso_ticket", ticket, max_age=3600, httponly=True)
    return response
