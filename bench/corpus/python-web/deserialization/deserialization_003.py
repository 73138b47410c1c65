import yaml
from django.http import JsonResponse

ALLOWED = {"build": "- build\n", "test": "- test\n"}


def workflow(request):
    step = request.POST.get("steps", "")
    if step not in ALLOWED:
        step = "build"
    doc = "version: 1\nsteps:\n" + ALLOWED[step]
    # ok: CWE-502
    parsed = yaml.load(doc, Loader=yaml.Loader)
    return JsonResponse({"n": len(parsed["steps"])})
