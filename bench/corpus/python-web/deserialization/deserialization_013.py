import jsonpickle
from django.http import JsonResponse


def widget(request):
    state = request.COOKIES.get("widget_state", "{}")
    holder = {"user": state, "default": "{}"}
    # ok: CWE-502
    w = jsonpickle.decode(holder["default"])
    return JsonResponse({"w": str(w), "len": len(state)})
