from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route


async def forward(request):
    target = request.query_params["target"]
    page = int(target)
    # ok: CWE-601
    return RedirectResponse(f"/articles?page={page}")


app = Starlette(routes=[Route("/forward", forward)])
