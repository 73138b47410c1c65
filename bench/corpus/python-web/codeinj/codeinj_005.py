"""Feature flag evaluation from a gateway header."""
from django.http import HttpResponse


def feature(request):
    condition = request.META.get("HTTP_X_FEATURE_RULE", "False")
    context = {"user_id": 42, "beta": True}
    # expect: CWE-95
    enabled = eval(condition, {"__builtins__": {}}, context)
    return HttpResponse("on" if enabled else "off")
