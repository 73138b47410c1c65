import yaml
from django.http import JsonResponse


def import_config(request):
    body = request.body.decode("utf-8")
    # expect: CWE-502
    cfg = yaml.load(body, Loader=yaml.Loader)
    return JsonResponse({"sections": list(cfg)})
