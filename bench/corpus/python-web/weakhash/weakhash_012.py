from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from myapp.models import ApiUser


def set_pin(request):
    pin = request.POST["pin"]
    user = ApiUser.objects.get(pk=request.user.pk)
    # ok: CWE-328
    user.pin_hash = make_password(pin)
    user.save()
    return JsonResponse({"ok": True})
