import requests
from django.http import JsonResponse


def geo(request):
    region = request.GET.get("region", "eu")
    api = "https://" + region + ".geo.example.com/lookup"
    # expect: CWE-918
    data = requests.get(api, timeout=4).json()
    return JsonResponse(data)
