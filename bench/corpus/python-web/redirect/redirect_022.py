from django.shortcuts import redirect
from django.views.decorators.http import require_POST


@require_POST
def continue_checkout(request):
    request.session["checkout_step"] = 2
    url = request.POST["continue"]
    # expect: CWE-601
    return redirect(url)
