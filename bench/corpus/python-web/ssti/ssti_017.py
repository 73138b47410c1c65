from django.http import HttpResponse
from django.template import Template, Context


def custom_page(request):
    sections = request.POST.getlist("section")
    count = len(sections)
    source = "<p>%d sections</p>" % count
    # ok: CWE-1336
    t = Template(source)
    return HttpResponse(t.render(Context({"request": request})))
