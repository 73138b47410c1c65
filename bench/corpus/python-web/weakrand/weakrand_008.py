import random
import string
from django.http import JsonResponse


class TokenFactory:
    def __init__(self, size):
        self.size = size

    def make(self):
        # expect: CWE-330
        return "".join(random.sample(string.ascii_letters * 4, self.size))


FACTORY = TokenFactory(40)


def csrf_token(request):
    return JsonResponse({"csrf": FACTORY.make()})
