import secrets
from django.http import JsonResponse


def api_key_cookie(request):
    key = secrets.token_hex(20)
    response = JsonResponse({"ok": True})
    # expect: CWE-1004
    response.set_cookie("api_key", key, secure=True, samesite="Strict")
    return response
