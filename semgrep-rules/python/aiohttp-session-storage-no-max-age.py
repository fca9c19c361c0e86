from aiohttp_session import setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from aiohttp_session.redis_storage import RedisStorage


def configure(app, redis, fernet_key, options):
    # ruleid: aiohttp-session-storage-no-max-age
    setup(app, RedisStorage(redis, secure=True))
    # ruleid: aiohttp-session-storage-no-max-age
    EncryptedCookieStorage(fernet_key, max_age=None)
    # ruleid: aiohttp-session-storage-no-max-age
    RedisStorage(redis, max_age=30 * 24 * 3600)
    # ok: aiohttp-session-storage-no-max-age
    RedisStorage(redis, secure=True, max_age=1800)
    # ok: aiohttp-session-storage-no-max-age
    EncryptedCookieStorage(fernet_key, max_age=8 * 3600)
    # ok: aiohttp-session-storage-no-max-age
    RedisStorage(redis, **options)
