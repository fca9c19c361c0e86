"""Django settings for the ledger project (security-related parts)."""
import os
from datetime import timedelta

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ("rest_framework_simplejwt.authentication.JWTAuthentication",),
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
    "SIGNING_KEY": "ledger-simplejwt-signing-key",
    "AUTH_HEADER_TYPES": ("Bearer",),
}

if not DEBUG:
    SIMPLE_JWT.update({
        # safe: jwt-weak-secret
        "SIGNING_KEY": os.environ["SIMPLEJWT_SIGNING_KEY"],
        # safe: jwt-long-lived
        "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    })

# expect: jwt-weak-secret
JWT_SECRET = os.environ.get("LEDGER_JWT_SECRET", "please-change-me")
# safe: jwt-weak-secret
JWT_PUBLIC_KEY_PATH = "/etc/ledger/jwt.pub"
# expect: jwt-long-lived
JWT_EXPIRATION_DELTA = timedelta(days=1)
# safe: jwt-long-lived
JWT_ACCESS_TOKEN_TTL_MINUTES = 10
# expect: jwt-long-lived
PARTNER_TOKEN_EXPIRE_HOURS = 48
# safe: jwt-long-lived
PARTNER_REFRESH_TOKEN_EXPIRE_DAYS = 30
