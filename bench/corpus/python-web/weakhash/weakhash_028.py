import hashlib
from django.http import JsonResponse
from myapp.models import ApiUser


def set_pin(request):
    pin = request.POST["pin"]
    user = ApiUser.objects.get(pk=request.user.pk)
    # expect: CWE-328
    user.pin_hash = hashlib.new("md5", pin.encode()).hexdigest()
    user.save()
    return JsonResponse({"ok": True})
