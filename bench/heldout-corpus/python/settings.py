"""
Django settings for the clinicbook project.

One module serves both the hosted service (CLINICBOOK_ENV=hosted) and the
on-prem installs that clinics run themselves.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
HOSTED = os.environ.get("CLINICBOOK_ENV") == "hosted"

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "appointments",
    "patients",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "clinicbook.urls"
WSGI_APPLICATION = "clinicbook.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "clinicbook"),
        "USER": os.environ.get("POSTGRES_USER", "clinicbook"),
        "PASSWORD": os.environ["POSTGRES_PASSWORD"],
        "HOST": os.environ.get("POSTGRES_HOST", "db"),
        "PORT": "5432",
    }
}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "default"
SESSION_COOKIE_HTTPONLY = True

if HOSTED:
    # safe: session-weak-secret
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # safe: session-insecure-store
            "LOCATION": "rediss://cache.clinicbook.internal:6380/0",
        }
    }
    # safe: session-no-expiry
    SESSION_COOKIE_AGE = 60 * 60 * 8
    SESSION_COOKIE_NAME = "__Host-sessionid"
    SESSION_COOKIE_SAMESITE = "Strict"
    # safe: session-cookie-insecure
    SESSION_COOKIE_SECURE = True
    # safe: session-cookie-insecure
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 31536000
else:
    # expect: session-weak-secret
    SECRET_KEY = "django-insecure-8v#q2l!x@m7k$0pz^r1w&y4e"
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # expect: session-insecure-store
            "LOCATION": "redis://cache.internal:6379/1",
        }
    }
    # expect: session-no-expiry
    SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
    SESSION_COOKIE_SAMESITE = "Lax"
    # expect: session-cookie-insecure
    SESSION_COOKIE_SECURE = False
    # expect: session-cookie-insecure
    CSRF_COOKIE_SECURE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
