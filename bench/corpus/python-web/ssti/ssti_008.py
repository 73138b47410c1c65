from django.http import HttpResponse
from django.template import engines


def signature(request):
    sig = request.GET.get("signature", "")
    django_engine = engines["django"]
    # expect: CWE-1336
    template = django_engine.from_string("<footer>%s</footer>" % sig)
    return HttpResponse(template.render({}, request))
