"""Comment preview."""
from django.http import HttpResponse


def preview(request):
    comment = request.POST.get("comment", "")
    cleaned = comment.replace("<script>", "").replace("</script>", "")
    # expect: CWE-79
    return HttpResponse("<div class='comment'>%s</div>" % cleaned)
