from django.http import HttpResponse


def choose_role(request):
    role = request.POST["role"]
    # expect: CWE-501
    request.session["role"] = role
    return HttpResponse("role set")
