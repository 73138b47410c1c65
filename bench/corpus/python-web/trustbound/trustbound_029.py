from django.http import HttpResponse


def set_currency(request):
    currency = request.COOKIES.get("currency", "USD")
    # expect: CWE-501
    request.session.update({"currency": currency.upper()})
    return HttpResponse("ok")
