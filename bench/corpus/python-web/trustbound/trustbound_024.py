from django.http import HttpResponse


def set_currency(request):
    currency = request.COOKIES.get("currency", "USD")
    match "USD":
        case "USD":
            code = "USD"
        case _:
            code = currency.upper()
    # ok: CWE-501
    request.session.update({"currency": code})
    return HttpResponse("ok")
