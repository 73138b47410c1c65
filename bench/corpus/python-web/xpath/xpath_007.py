from django.http import JsonResponse
from lxml import etree

TREE = etree.parse("/srv/data/accounts.xml")


def account_lookup(request):
    login = request.GET.get("login", "")
    pin = request.GET.get("pin", "")
    finder = etree.XPath("//account[login/text()=$l and pin/text()=$p]")
    # ok: CWE-643
    found = finder(TREE, l=login, p=pin)
    return JsonResponse({"ok": bool(found)})
