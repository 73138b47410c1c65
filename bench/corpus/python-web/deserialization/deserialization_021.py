import jsonpickle
from django.http import JsonResponse


def widget(request):
    state = request.COOKIES.get("widget_state", "{}")
    holder = {"user": state, "default": "{}"}
    # expect: CWE-502
    w = jsonpickle.decode(holder["user"])
    return JsonResponse({"w": str(w)})
