import os
from datetime import timedelta

from flask import Flask

app = Flask(__name__)

# ruleid: flask-session-cookie-flags-disabled
app.config["SESSION_COOKIE_SECURE"] = True
# ruleid: flask-session-cookie-flags-disabled
app.config["SESSION_COOKIE_HTTPONLY"] = True
# ruleid: flask-session-cookie-flags-disabled
app.config.update(SESSION_COOKIE_SAMESITE=None, PERMANENT_SESSION_LIFETIME=timedelta(hours=1))
# ruleid: flask-session-cookie-flags-disabled
app.config.update({"SESSION_COOKIE_SECURE": True})
# ruleid: flask-session-cookie-flags-disabled
app.config.from_mapping(SESSION_COOKIE_HTTPONLY=True)


class ProductionConfig:
    DEBUG = False
    # ruleid: flask-session-cookie-flags-disabled
    SESSION_COOKIE_SECURE = True
    # ok: flask-session-cookie-flags-disabled
    SESSION_COOKIE_HTTPONLY = True
    # ok: flask-session-cookie-flags-disabled
    SESSION_COOKIE_SAMESITE = "Lax"


# ok: flask-session-cookie-flags-disabled
app.config["SESSION_COOKIE_SECURE"] = os.environ.get("COOKIE_SECURE", "1") == "1"
# ok: flask-session-cookie-flags-disabled
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict")
# ok: flask-session-cookie-flags-disabled
app.config["SESSION_COOKIE_SECURE"] = not app.debug
