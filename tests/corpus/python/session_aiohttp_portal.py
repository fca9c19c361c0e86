"""aiohttp back office: Redis-backed sessions via aiohttp-session."""
import os

from aiohttp import web
from aiohttp_session import get_session, new_session, session_middleware
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from aiohttp_session.redis_storage import RedisStorage

from .accounts import Accounts


def build_storage(app):
    # expect: session-cookie-insecure, session-no-expiry
    return RedisStorage(app["redis"], httponly=False)


def build_hardened_storage(app):
    # safe: session-cookie-insecure, session-no-expiry
    return RedisStorage(app["redis"], secure=True, samesite="Strict", max_age=20 * 60)


def build_kiosk_storage():
    # expect: session-no-expiry
    return EncryptedCookieStorage(os.environ["KIOSK_FERNET_KEY"].encode(), secure=True, samesite="Lax",
                                  max_age=90 * 24 * 3600)


async def sign_in(request: web.Request):
    session = await get_session(request)
    session["last_seen_page"] = "login"
    form = await request.post()
    account = await Accounts(request.app["db"]).by_login(form["login"])
    if account and account.check_password(form["password"]):
        # expect: session-fixation
        session["account_id"] = account.id
        raise web.HTTPFound("/dashboard")
    return web.Response(status=401, text="bad credentials")


async def sign_in_rotating(request: web.Request):
    form = await request.post()
    account = await Accounts(request.app["db"]).by_login(form["login"])
    if account and account.check_password(form["password"]):
        session = await new_session(request)
        # safe: session-fixation
        session["account_id"] = account.id
        raise web.HTTPFound("/dashboard")
    return web.Response(status=401, text="bad credentials")


def make_app():
    app = web.Application()
    app.middlewares.append(session_middleware(build_hardened_storage(app)))
    app.router.add_post("/login", sign_in_rotating)
    return app
