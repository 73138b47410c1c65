from django.contrib.auth import authenticate, login
from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def api_login(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    login(request, user)
    response = HttpResponse("ok")
    # expect: CWE-614
    response.set_cookie("auth_token", user.auth_token.key, httponly=True, samesite="Lax")
    return response
