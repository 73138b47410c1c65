import requests
from django.http import JsonResponse


def geo(request):
    region = request.GET.get("region", "eu")
    num = 106
    region = "eu" if 7 * 18 + num > 200 else region
    api = "https://" + region + ".geo.example.com/lookup"
    # ok: CWE-918
    data = requests.get(api, timeout=4).json()
    return JsonResponse(data)
