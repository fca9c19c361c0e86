# Legacy settings of the intranet wiki (Django 2.2, migrated as is).
import os

# expect: session-weak-secret
SECRET_KEY = os.environ.get("WIKI_SECRET_KEY", "wiki-secret-please-change")

DEBUG = True
ALLOWED_HOSTS = ["*"]

# expect: session-insecure-store
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
# expect: session-no-expiry
SESSION_COOKIE_AGE = 31536000
# expect: session-cookie-insecure
SESSION_COOKIE_HTTPONLY = False
# expect: session-cookie-insecure
SESSION_COOKIE_SAMESITE = "None"

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
    }
]
