"""Production settings for the clinic portal."""
import os
from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent

# expect: session-weak-secret
SECRET_KEY = "django-insecure-q7#v2!m@x9k$z3w8^p1r&t6y0u4i5o-l2j8h3g7f1d9s"

DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["portal.example.org"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "portal.patients",
]

# expect: session-cookie-insecure
SESSION_COOKIE_SECURE = False
# safe: session-cookie-insecure
SESSION_COOKIE_HTTPONLY = True
# expect: session-cookie-insecure
CSRF_COOKIE_SECURE = False
# safe: session-cookie-insecure
CSRF_COOKIE_HTTPONLY = False
# expect: session-no-expiry
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
SESSION_EXPIRE_AT_BROWSER_CLOSE = False

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_CACHE_ALIAS = "sessions"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    },
    "sessions": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # expect: session-insecure-store
        "LOCATION": "redis://portal-redis.internal:6379/1",
        "TIMEOUT": 60 * 60 * 8,
    },
    "ratelimit": {
        "BACKEND": "django_redis.cache.RedisCache",
        # safe: session-insecure-store
        "LOCATION": "rediss://portal-redis.internal:6380/2",
    },
}

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://portal@localhost/portal"),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
