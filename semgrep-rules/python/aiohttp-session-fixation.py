from aiohttp import web
from aiohttp_session import get_session, new_session


async def login(request: web.Request):
    session = await get_session(request)
    session["visits"] = session.get("visits", 0) + 1
    data = await request.post()
    user = await request.app["users"].by_name(data["username"])
    if user and user.check_password(data["password"]):
        # ruleid: aiohttp-session-fixation
        session["user_id"] = user.id
        # ok: aiohttp-session-fixation
        session["user_role"] = user.role
        raise web.HTTPFound("/")
    return web.Response(status=401)


async def login_fresh(request: web.Request):
    data = await request.post()
    user = await request.app["users"].by_name(data["username"])
    if user and user.check_password(data["password"]):
        session = await new_session(request)
        # ok: aiohttp-session-fixation
        session["user_id"] = user.id
        raise web.HTTPFound("/")
    return web.Response(status=401)


async def login_invalidate(request: web.Request):
    session = await get_session(request)
    data = await request.post()
    user = await request.app["users"].by_name(data["username"])
    if user and verify_password(data["password"], user.hash):
        session.invalidate()
        # ok: aiohttp-session-fixation
        session["user_id"] = user.id
    raise web.HTTPFound("/")


async def remember_page(request: web.Request):
    session = await get_session(request)
    # ok: aiohttp-session-fixation
    session["user_last_page"] = request.path
    return web.Response(text="ok")


async def login_guard_clause(request: web.Request):
    session = await get_session(request)
    form = await request.post()
    account = await request.app["users"].by_name(form["username"])
    if account is None or not pwd_context.verify(form["password"], account.hash):
        raise web.HTTPUnauthorized()
    # ruleid: aiohttp-session-fixation
    session["account_id"] = account.id
    raise web.HTTPFound("/")


async def index(request: web.Request):
    session = await get_session(request)
    if request.method == "POST":
        form = await request.post()
        user = await request.app["users"].by_name(form["username"])
        if user and user.check_password(form["password"]):
            # ruleid: aiohttp-session-fixation
            session["user_id"] = user.id
    return web.Response(text="ok")


async def login_by_lookup(request):
    form = await request.post()
    account = await authenticate_user(form["login"], form["password"])
    if account is None:
        raise web.HTTPUnauthorized()
    session = await get_session(request)
    # ruleid: aiohttp-session-fixation
    session["account_id"] = account.id
    raise web.HTTPFound("/")


async def login_by_lookup_rotated(request):
    form = await request.post()
    account = await authenticate_user(form["login"], form["password"])
    if account is None:
        raise web.HTTPUnauthorized()
    session = await new_session(request)
    # ok: aiohttp-session-fixation
    session["account_id"] = account.id
    raise web.HTTPFound("/")
