"""Plugin hook runner."""
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def run_hook(request):
    code = request.POST["code"]
    scope = {}
    # expect: CWE-94
    exec(code, scope)
    return JsonResponse({"keys": sorted(k for k in scope if not k.startswith("__"))})
