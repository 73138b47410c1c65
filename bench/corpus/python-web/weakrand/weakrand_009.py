import secrets
from django.http import JsonResponse


class TokenFactory:
    def __init__(self, size):
        self.size = size

    def make(self):
        # ok: CWE-330
        return secrets.token_urlsafe(self.size)


FACTORY = TokenFactory(40)


def csrf_token(request):
    return JsonResponse({"csrf": FACTORY.make()})
