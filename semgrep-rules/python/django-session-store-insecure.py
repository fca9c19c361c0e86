import os

# ruleid: django-session-store-insecure
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
SESSION_ENGINE = "django.contrib.sessions.backends.cache"

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        # ruleid: django-session-store-insecure
        "LOCATION": "redis://redis.internal:6379/1",
    },
    "sessions": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # ruleid: django-session-store-insecure
        "LOCATION": os.environ.get("SESSION_REDIS_URL", "redis://redis:6379/2"),
    },
    "secure": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # ok: django-session-store-insecure
        "LOCATION": "rediss://redis.internal:6380/3",
    },
    "local": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # ok: django-session-store-insecure
        "LOCATION": "redis://127.0.0.1:6379/4",
    },
}

if os.environ.get("SINGLE_HOST"):
    CACHES = {
        "default": {
            # ruleid: django-session-store-insecure
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "sessions-and-pages",
        },
        "throttle": {
            # ok: django-session-store-insecure
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        },
    }
