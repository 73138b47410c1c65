from django.http import HttpResponse


def set_return(request, step):
    ref = request.META.get("HTTP_REFERER", "")
    step_no = int(step)
    # ok: CWE-501
    request.session["wizard"] = {"step": step_no, "has_referer": bool(ref)}
    return HttpResponse("ok")
