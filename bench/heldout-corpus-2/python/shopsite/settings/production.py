import os
from datetime import timedelta

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")

# safe: session-weak-secret
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_CACHE_URL"],
    },
    "sessions": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # safe: session-insecure-store
        "LOCATION": "rediss://sessions.prod.shopsite.internal:6380/0",
    },
}

# safe: session-no-expiry
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# safe: session-cookie-insecure
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_SECURE = True

SECURE_HSTS_SECONDS = 31536000
SECURE_SSL_REDIRECT = True

SIMPLE_JWT = {
    # safe: jwt-long-lived
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=1),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "ALGORITHM": "RS256",
    # safe: jwt-weak-secret
    "SIGNING_KEY": open(os.environ["JWT_PRIVATE_KEY_PATH"]).read(),
    "VERIFYING_KEY": open(os.environ["JWT_PUBLIC_KEY_PATH"]).read(),
    "AUDIENCE": "shopsite-api",
    "ISSUER": "https://shopsite.io",
}
