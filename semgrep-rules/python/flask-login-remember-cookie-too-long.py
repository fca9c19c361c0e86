from datetime import timedelta

from flask import Flask, request
from flask_login import LoginManager, login_user

app = Flask(__name__)

# ruleid: flask-login-remember-cookie-too-long
app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=365)


class Config:
    # ruleid: flask-login-remember-cookie-too-long
    REMEMBER_COOKIE_DURATION = 60 * 60 * 24 * 90


def login(user):
    # ruleid: flask-login-remember-cookie-too-long
    login_user(user, remember=True, duration=timedelta(days=60))
    # ok: flask-login-remember-cookie-too-long
    login_user(user, remember=True, duration=timedelta(days=3))


# ok: flask-login-remember-cookie-too-long
app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=7)
