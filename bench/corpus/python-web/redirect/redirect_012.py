from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route


async def forward(request):
    target = request.query_params["target"]
    # expect: CWE-601
    return RedirectResponse(target)


app = Starlette(routes=[Route("/forward", forward)])
