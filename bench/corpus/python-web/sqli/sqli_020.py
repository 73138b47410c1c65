"""Customer filter."""
from django.contrib.auth.models import User
from django.http import JsonResponse


def active_users(request):
    since = request.POST.get("since", "2020-01-01")
    # expect: CWE-89
    users = User.objects.extra(where=["date_joined > '%s'" % since])
    return JsonResponse({"users": [u.username for u in users]})
