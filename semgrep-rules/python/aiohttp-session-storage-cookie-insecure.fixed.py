from aiohttp import web
from aiohttp_session import setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from aiohttp_session.redis_storage import RedisStorage


def make_app(redis, fernet_key):
    app = web.Application()
    # ruleid: aiohttp-session-storage-cookie-insecure
    storage = RedisStorage(redis, httponly=True, max_age=1800)
    # ruleid: aiohttp-session-storage-cookie-insecure
    other = EncryptedCookieStorage(fernet_key, secure=True, max_age=1800)
    # ruleid: aiohttp-session-storage-cookie-insecure
    cross_site = RedisStorage(redis, samesite="None", max_age=1800)
    # ok: aiohttp-session-storage-cookie-insecure
    hardened = RedisStorage(redis, secure=True, httponly=True, samesite="Lax", max_age=1800)
    # ok: aiohttp-session-storage-cookie-insecure
    embedded = RedisStorage(redis, secure=True, samesite="None", max_age=1800)
    setup(app, hardened)
    return app, storage, other, cross_site, embedded
