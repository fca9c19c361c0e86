# a settings module loaded with app.config.from_object("config"): no flask import here
import os
from datetime import timedelta

SECRET_KEY = os.urandom(16)
# ruleid: flask-session-lifetime-too-long
PERMANENT_SESSION_LIFETIME = timedelta(days=365 * 100)
# ok: flask-session-lifetime-too-long
SESSION_COOKIE_LIFETIME = 600


def dev_overrides(cfg):
    # ok: flask-session-lifetime-too-long
    PERMANENT_SESSION_LIFETIME = timedelta(hours=1)
    return cfg
