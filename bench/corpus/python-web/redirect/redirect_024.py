from django.http import HttpResponseRedirect

ROUTES = ["/home/", "/profile/", "/settings/"]


def mobile(request):
    raw = request.body.decode("utf-8")
    choice = [r for r in ROUTES if r == raw]
    target = choice[0] if choice else "/home/"
    # ok: CWE-601
    return HttpResponseRedirect(target)
