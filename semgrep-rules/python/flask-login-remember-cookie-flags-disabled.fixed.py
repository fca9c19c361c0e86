from datetime import timedelta

from flask import Flask
from flask_login import LoginManager

app = Flask(__name__)
login_manager = LoginManager(app)

# ruleid: flask-login-remember-cookie-flags-disabled
app.config["REMEMBER_COOKIE_SECURE"] = True
# ruleid: flask-login-remember-cookie-flags-disabled
app.config.update(REMEMBER_COOKIE_HTTPONLY=True)
# ruleid: flask-login-remember-cookie-flags-disabled
app.config["REMEMBER_COOKIE_SAMESITE"] = None


class Config(object):
    # ok: flask-login-remember-cookie-flags-disabled
    REMEMBER_COOKIE_SAMESITE = "None"
    # ok: flask-login-remember-cookie-flags-disabled
    REMEMBER_COOKIE_HTTPONLY = True


# ok: flask-login-remember-cookie-flags-disabled
app.config.update(REMEMBER_COOKIE_SECURE=True, REMEMBER_COOKIE_SAMESITE="Lax")
# ok: flask-login-remember-cookie-flags-disabled
app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=7)
