"""Maintenance script endpoint."""
import json
import subprocess

from django.http import JsonResponse


def maintenance(request):
    data = json.loads(request.body)
    script = data.get("script", "echo idle")
    # expect: CWE-78
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True)
    return JsonResponse({"out": proc.stdout})
