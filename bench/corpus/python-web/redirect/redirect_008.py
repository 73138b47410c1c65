from django.shortcuts import redirect


def campaign(request):
    base = request.GET.get("site", "")
    slug = request.GET.get("slug", "")
    url = "{}/landing/{}".format(base, slug)
    # expect: CWE-601
    return redirect(url)
