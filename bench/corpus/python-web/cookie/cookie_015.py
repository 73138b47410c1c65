import secrets
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route


async def login(request):
    resp = PlainTextResponse("ok")
    # expect: CWE-614
    resp.set_cookie("session", secrets.token_urlsafe(32), httponly=True, samesite="lax")
    return resp


app = Starlette(routes=[Route("/login", login, methods=["POST"])])
