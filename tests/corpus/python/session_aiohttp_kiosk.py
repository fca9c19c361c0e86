"""aiohttp kiosk backend: staff sign in on shared terminals."""
from aiohttp import web
from aiohttp_session import get_session, new_session

routes = web.RouteTableDef()


@routes.post("/kiosk/login")
async def kiosk_login(request):
    form = await request.post()
    operator = await request.app["auth"].authenticate(form["badge"], form["pin"])
    if operator is None:
        raise web.HTTPUnauthorized(text="unknown badge or pin")
    session = await get_session(request)
    # expect: session-fixation
    session["operator_id"] = operator.id
    raise web.HTTPFound("/kiosk")


@routes.post("/kiosk/login-v2")
async def kiosk_login_v2(request):
    form = await request.post()
    operator = await request.app["auth"].authenticate(form["badge"], form["pin"])
    if operator is None:
        raise web.HTTPUnauthorized(text="unknown badge or pin")
    session = await new_session(request)
    # safe: session-fixation
    session["operator_id"] = operator.id
    raise web.HTTPFound("/kiosk")


@routes.post("/kiosk/theme")
async def kiosk_theme(request):
    form = await request.post()
    session = await get_session(request)
    # safe: session-fixation
    session["theme"] = form["theme"]
    raise web.HTTPFound("/kiosk")
