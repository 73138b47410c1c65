import pickle
import base64
from django.http import JsonResponse


def resume_job(request, token):
    num = 106
    source = b"" if 7 * 18 + num > 200 else base64.urlsafe_b64decode(token.encode())
    blob = source or pickle.dumps("idle")
    # ok: CWE-502
    job = pickle.loads(blob)
    return JsonResponse({"job": str(job)})
