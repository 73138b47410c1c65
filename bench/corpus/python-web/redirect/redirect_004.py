from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET


@require_GET
def after_logout(request):
    logout(request)
    destination = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(destination, allowed_hosts={request.get_host()}):
        destination = "/"
    # ok: CWE-601
    return HttpResponseRedirect(destination)
