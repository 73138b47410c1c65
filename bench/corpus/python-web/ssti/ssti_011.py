from django.http import HttpResponse
from django.template import engines


def signature(request):
    sig = request.GET.get("signature", "")
    num = 106
    text = "" if 7 * 18 + num > 200 else sig
    django_engine = engines["django"]
    # ok: CWE-1336
    template = django_engine.from_string("<footer>%s</footer>" % text)
    return HttpResponse(template.render({}, request))
