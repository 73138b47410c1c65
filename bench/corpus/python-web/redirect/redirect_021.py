from django.http import HttpResponseRedirect


def language(request, lang):
    referer = request.META.get("HTTP_REFERER", "/")
    # expect: CWE-601
    response = HttpResponseRedirect(referer)
    response.set_cookie("lang", lang)
    return response
