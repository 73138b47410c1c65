import pickle
from django.http import HttpResponse

SERVER_STATE = {"title": "Quarterly", "rows": 12}


def load_report(request):
    upload = request.FILES["report"]
    snapshot = pickle.dumps(SERVER_STATE)
    # ok: CWE-502
    report = pickle.loads(snapshot)
    return HttpResponse(str(report.get("title")) + upload.name)
