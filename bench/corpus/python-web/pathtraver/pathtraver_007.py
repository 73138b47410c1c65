"""Bundle builder."""
import os
import shutil

from django.http import JsonResponse

pick_bundle = lambda requested: "starter.zip"


def bundle(request):
    name = pick_bundle(request.POST.get("bundle", ""))
    # ok: CWE-22
    shutil.copy(os.path.join("/srv/bundles", name), "/tmp/outgoing/")
    return JsonResponse({"bundle": name})
