import secrets
from django.http import JsonResponse


def api_key_cookie(request):
    key = secrets.token_hex(20)
    response = JsonResponse({"ok": True})
    flags = {"secure": True, "httponly": True, "samesite": "Strict"}
    # ok: CWE-1004
    response.set_cookie("api_key", key, **flags)
    return response
