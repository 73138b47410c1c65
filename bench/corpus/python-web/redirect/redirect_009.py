from django.http import HttpResponseRedirect


def mobile(request):
    raw = request.body.decode("utf-8")
    target = raw.split("=", 1)[1] if "=" in raw else "/"
    # expect: CWE-601
    return HttpResponseRedirect(target)
