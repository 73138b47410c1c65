import yaml
from django.http import JsonResponse


def import_config(request):
    body = request.body.decode("utf-8")
    # ok: CWE-502
    cfg = yaml.safe_load(body)
    return JsonResponse({"sections": list(cfg)})
