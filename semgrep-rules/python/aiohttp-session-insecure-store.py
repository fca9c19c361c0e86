import base64
import os

import aiohttp_session
from aiohttp import web
from aiohttp_session import SimpleCookieStorage, setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from aiohttp_session.redis_storage import RedisStorage
from redis import asyncio as aioredis


def make_dev_app():
    app = web.Application()
    # ruleid: aiohttp-session-insecure-store
    setup(app, SimpleCookieStorage())
    return app


def make_app_mod():
    app = web.Application()
    # ruleid: aiohttp-session-insecure-store
    aiohttp_session.setup(app, aiohttp_session.SimpleCookieStorage(cookie_name="s"))
    return app


def make_encrypted_app():
    app = web.Application()
    # ok: aiohttp-session-insecure-store
    setup(app, EncryptedCookieStorage(base64.urlsafe_b64decode(os.environ["SESSION_KEY"])))
    return app


async def make_redis_app():
    app = web.Application()
    pool = aioredis.from_url("redis://cache.internal:6379/0")
    # ruleid: aiohttp-session-insecure-store
    setup(app, RedisStorage(pool, max_age=3600))
    return app


async def make_tls_redis_app():
    app = web.Application()
    pool = aioredis.from_url("rediss://cache.internal:6380/0")
    # ok: aiohttp-session-insecure-store
    setup(app, RedisStorage(pool, max_age=3600))
    return app


async def make_local_redis_app():
    app = web.Application()
    pool = aioredis.from_url("redis://localhost:6379")
    # ok: aiohttp-session-insecure-store
    setup(app, RedisStorage(pool, max_age=3600))
    return app
