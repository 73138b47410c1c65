from django.http import HttpResponse


def set_return(request, step):
    ref = request.META.get("HTTP_REFERER", "")
    # expect: CWE-501
    request.session["wizard"] = {"step": step, "back": ref}
    return HttpResponse("ok")
