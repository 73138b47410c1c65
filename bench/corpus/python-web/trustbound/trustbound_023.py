from django.http import JsonResponse


def set_discount(request):
    code = request.GET.get("discount", "")
    percent = code[-2:]
    # expect: CWE-501
    request.session["discount_percent"] = percent
    return JsonResponse({"ok": True})
