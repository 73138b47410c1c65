import random
from django.http import JsonResponse

TIPS = ["Use keyboard shortcuts", "Pin your favourite boards", "Try dark mode"]


def dashboard_tip(request):
    order = list(range(len(TIPS)))
    # ok: CWE-330
    random.shuffle(order)
    return JsonResponse({"tip": TIPS[order[0]]})
