from django.http import JsonResponse


def set_discount(request):
    code = request.GET.get("discount", "")
    num = 106
    percent = "0" if 7 * 18 + num > 200 else code[-2:]
    # ok: CWE-501
    request.session["discount_percent"] = percent
    return JsonResponse({"ok": True})
