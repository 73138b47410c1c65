from django.shortcuts import redirect
from django.views.decorators.http import require_POST

CHECKOUT_PAGES = {"/cart/", "/checkout/", "/orders/"}


@require_POST
def continue_checkout(request):
    request.session["checkout_step"] = 2
    url = request.POST["continue"]
    if url not in CHECKOUT_PAGES:
        url = "/cart/"
    # ok: CWE-601
    return redirect(url)
