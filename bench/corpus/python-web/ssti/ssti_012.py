from django.http import HttpResponse
from django.template import Template, Context


def custom_page(request):
    sections = request.POST.getlist("section")
    source = "\n".join(s.strip() for s in sections)
    # expect: CWE-1336
    t = Template(source)
    return HttpResponse(t.render(Context({"request": request})))
