"""
Django settings for shopsite.

Shared by every environment; production.py overrides what it needs.
"""
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# expect: session-weak-secret
SECRET_KEY = "django-insecure-7f#k2^x!qv0m@b3l9w$z1r8t6y4u5i0o"

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1", ".shopsite.local"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "accounts",
    "catalog",
    "orders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "shopsite.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shopsite",
        "HOST": "localhost",
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    },
    "sessions": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # expect: session-insecure-store
        "LOCATION": "redis://10.20.0.15:6379/2",
    },
}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "sessions"
# expect: session-no-expiry
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
# expect: session-cookie-insecure
SESSION_COOKIE_SECURE = False
# safe: session-cookie-insecure
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": (
        "rest_framework_simplejwt.authentication.JWTAuthentication",
    ),
}

SIMPLE_JWT = {
    # expect: jwt-long-lived
    "ACCESS_TOKEN_LIFETIME": timedelta(hours=12),
    # safe: jwt-long-lived
    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "ALGORITHM": "HS256",
    # expect: jwt-weak-secret
    "SIGNING_KEY": "shopsite-jwt",
    "AUDIENCE": "shopsite-api",
    "ISSUER": "https://shopsite.io",
}

STATIC_URL = "static/"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_TZ = True
