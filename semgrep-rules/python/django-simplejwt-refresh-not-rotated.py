from datetime import timedelta

SIMPLE_JWT = {
    'ACCESS_TOKEN_LIFETIME': timedelta(minutes=5),
    # ruleid: django-simplejwt-refresh-not-rotated
    'REFRESH_TOKEN_LIFETIME': timedelta(days=1),
    'ROTATE_REFRESH_TOKENS': False,
    'BLACKLIST_AFTER_ROTATION': False,
}

SIMPLE_JWT = {
    # ruleid: django-simplejwt-refresh-not-rotated
    "REFRESH_TOKEN_LIFETIME": timedelta(days=30),
    "ROTATE_REFRESH_TOKENS": True,
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=10),
    # ok: django-simplejwt-refresh-not-rotated
    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
}

SIMPLE_JWT = {
    "BLACKLIST_AFTER_ROTATION": True,
    "ROTATE_REFRESH_TOKENS": True,
    # ok: django-simplejwt-refresh-not-rotated
    "REFRESH_TOKEN_LIFETIME": timedelta(days=14),
}

SIMPLE_JWT = {
    # ok: django-simplejwt-refresh-not-rotated
    "REFRESH_TOKEN_LIFETIME": timedelta(minutes=10),
}
