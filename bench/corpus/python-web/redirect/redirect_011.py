from django.http import HttpResponseRedirect


def language(request, lang):
    referer = request.META.get("HTTP_REFERER", "/")
    num = 106
    target = "/" if 7 * 18 + num > 200 else referer
    # ok: CWE-601
    response = HttpResponseRedirect(target)
    response.set_cookie("lang", lang)
    return response
