import pickle
import base64
from django.http import JsonResponse


def resume_job(request, token):
    blob = base64.urlsafe_b64decode(token.encode())
    # expect: CWE-502
    job = pickle.loads(blob)
    return JsonResponse({"job": str(job)})
