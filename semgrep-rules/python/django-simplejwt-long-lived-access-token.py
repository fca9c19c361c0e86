from datetime import timedelta

SIMPLE_JWT = {
    # ruleid: django-simplejwt-long-lived-access-token
    "ACCESS_TOKEN_LIFETIME": timedelta(days=1),
    # ok: django-simplejwt-long-lived-access-token
    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
}
