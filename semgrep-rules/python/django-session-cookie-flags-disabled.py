import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

# ruleid: django-session-cookie-flags-disabled
SESSION_COOKIE_SECURE = False
# ruleid: django-session-cookie-flags-disabled
SESSION_COOKIE_HTTPONLY = False
# ruleid: django-session-cookie-flags-disabled
CSRF_COOKIE_SECURE = False
# ruleid: django-session-cookie-flags-disabled
SESSION_COOKIE_SAMESITE = None
# ruleid: django-session-cookie-flags-disabled
CSRF_COOKIE_SAMESITE = "None"

if DEBUG:
    # ruleid: django-session-cookie-flags-disabled
    SESSION_COOKIE_SECURE = 0

# ok: django-session-cookie-flags-disabled
SESSION_COOKIE_SECURE = not DEBUG
# ok: django-session-cookie-flags-disabled
CSRF_COOKIE_HTTPONLY = False


def cookie_flags():
    # ok: django-session-cookie-flags-disabled
    SESSION_COOKIE_SECURE = False
    return SESSION_COOKIE_SECURE


if DOMAIN == "localhost":
    # ok: django-session-cookie-flags-disabled
    SESSION_COOKIE_SECURE = False
else:
    SESSION_COOKIE_SECURE = True

if not DEBUG:
    SESSION_COOKIE_SECURE = True
else:
    # ok: django-session-cookie-flags-disabled
    SESSION_COOKIE_SECURE = False

if DOMAIN == "localhost":
    PROTOCOL = "http"
else:
    # ruleid: django-session-cookie-flags-disabled
    SESSION_COOKIE_SECURE = False
