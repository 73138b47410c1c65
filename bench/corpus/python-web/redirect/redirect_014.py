from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def switch_account(request):
    back = request.COOKIES.get("back", "/")
    ok = url_has_allowed_host_and_scheme(back, allowed_hosts={"app.example.com"}, require_https=True)
    target = back if ok else "/"
    # ok: CWE-601
    return redirect(target + "?switched=1")
