import secrets
from django.shortcuts import render


def dashboard_login(request):
    response = render(request, "dashboard.html")
    token = secrets.token_urlsafe(32)
    # expect: CWE-614
    response.set_cookie("dash_session", token, httponly=True, secure=False, samesite="Lax")
    return response
