from django.http import HttpResponse
from django.template import engines


def motd(request):
    msg = request.META.get("HTTP_X_MOTD", "")
    msg = msg.strip()
    # expect: CWE-1336
    return HttpResponse(engines["django"].from_string(msg).render({}))
