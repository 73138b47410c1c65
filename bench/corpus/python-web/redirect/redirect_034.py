from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.views.decorators.http import require_GET


@require_GET
def after_logout(request):
    logout(request)
    destination = request.GET.get("return_to", "/")
    # expect: CWE-601
    return HttpResponseRedirect(destination)
