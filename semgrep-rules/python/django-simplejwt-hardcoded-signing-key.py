import os
from datetime import timedelta

# ruleid: django-simplejwt-hardcoded-signing-key
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    "SIGNING_KEY": "simplejwt-signing-key",
}

# ok: django-simplejwt-hardcoded-signing-key
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    "SIGNING_KEY": os.environ["JWT_SIGNING_KEY"],
}

# ruleid: django-simplejwt-hardcoded-signing-key
SECRET_KEY = "django-insecure-7c#q2v!settings-literal"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": (
        "rest_framework_simplejwt.authentication.JWTAuthentication",
    ),
}
