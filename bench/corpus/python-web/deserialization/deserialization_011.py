import pickle
from django.http import HttpResponse


def load_report(request):
    upload = request.FILES["report"]
    # expect: CWE-502
    report = pickle.load(upload)
    return HttpResponse(str(report.get("title")))
