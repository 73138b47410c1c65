import yaml
from django.http import JsonResponse


def workflow(request):
    steps = request.POST.get("steps", "")
    doc = "version: 1\nsteps:\n" + steps
    # expect: CWE-502
    parsed = yaml.load(doc, Loader=yaml.Loader)
    return JsonResponse({"n": len(parsed["steps"])})
