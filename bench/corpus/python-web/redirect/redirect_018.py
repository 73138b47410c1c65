from django.shortcuts import redirect


def campaign(request):
    base = request.GET.get("site", "")
    slug = request.GET.get("slug", "")
    if 3 > 5:
        url = "{}/landing/{}".format(base, slug)
    else:
        url = "/landing/"
    # ok: CWE-601
    return redirect(url)
