from django.http import HttpResponse
from django.template import engines


def motd(request):
    msg = request.META.get("HTTP_X_MOTD", "")
    match 1:
        case 1:
            src = "Message of the day: {{ msg }}"
        case _:
            src = msg
    # ok: CWE-1336
    return HttpResponse(engines["django"].from_string(src).render({"msg": msg}))
