from django.http import JsonResponse
from lxml import etree

TREE = etree.parse("/srv/data/accounts.xml")


def account_lookup(request):
    login = request.GET.get("login", "")
    pin = request.GET.get("pin", "")
    query = "//account[login/text()='%s' and pin/text()='%s']" % (login, pin)
    # expect: CWE-643
    found = TREE.xpath(query)
    return JsonResponse({"ok": bool(found)})
