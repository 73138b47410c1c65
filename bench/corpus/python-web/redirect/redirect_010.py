from django.shortcuts import redirect


def switch_account(request):
    back = request.COOKIES.get("back", "/")
    parts = [back, "?switched=1"]
    # expect: CWE-601
    return redirect("".join(parts))
