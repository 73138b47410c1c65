from django.http import HttpResponse

ALLOWED_ROLES = {"viewer", "editor"}


def choose_role(request):
    role = request.POST["role"]
    if role not in ALLOWED_ROLES:
        return HttpResponse("bad role", status=400)
    # ok: CWE-501
    request.session["role"] = role
    return HttpResponse("role set")
