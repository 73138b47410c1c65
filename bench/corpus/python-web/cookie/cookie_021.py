import secrets
from django.http import JsonResponse


def issue_refresh(request):
    refresh = secrets.token_urlsafe(48)
    response = JsonResponse({"issued": True})
    # ok: CWE-1004
    response.set_cookie("refresh_token", refresh, secure=True, httponly=True, samesite="Strict")
    return response
