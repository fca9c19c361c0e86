"""settings/production.py of a DRF API that authenticates with simplejwt."""
from datetime import timedelta

DEBUG = False
ALLOWED_HOSTS = ["api.bookings.example"]

# expect: jwt-weak-secret
# expect: session-weak-secret
SECRET_KEY = "django-insecure-bookings-9f2k#x!prod"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "rest_framework_simplejwt",
]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
    ],
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=10),
    "ROTATE_REFRESH_TOKENS": True,
}
