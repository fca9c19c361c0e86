"""Application factory for the billing dashboard."""
import os
from datetime import timedelta

import redis
from flask import Flask
from flask_login import LoginManager
from flask_session import Session

login_manager = LoginManager()
server_session = Session()


def create_app(testing=False):
    app = Flask(__name__, instance_relative_config=True)

    # expect: session-weak-secret
    app.secret_key = "billing-dashboard-dev-key"
    # safe: session-weak-secret
    app.config["SECRET_KEY"] = os.environ["BILLING_SECRET_KEY"]

    app.config.update(
        # expect: session-cookie-insecure
        SESSION_COOKIE_SECURE=False,
        SESSION_COOKIE_NAME="billing_session",
    )
    # safe: session-cookie-insecure
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    # safe: session-cookie-insecure
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    # expect: session-cookie-insecure
    app.config["REMEMBER_COOKIE_SECURE"] = False

    # expect: session-no-expiry
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=31)
    # expect: session-no-expiry
    app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=365)

    app.config["SESSION_TYPE"] = "redis"
    # expect: session-insecure-store
    app.config["SESSION_REDIS"] = redis.from_url("redis://billing-cache.internal:6379/2")

    if testing:
        # safe: session-insecure-store
        app.config["SESSION_REDIS"] = redis.from_url("redis://localhost:6379/15")
        # safe: session-no-expiry
        app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=5)

    server_session.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    from .views import bp as views_bp
    app.register_blueprint(views_bp)
    return app


def create_hardened_app():
    app = Flask(__name__)
    app.config.from_mapping(
        # safe: session-weak-secret
        SECRET_KEY=os.environ.get("BILLING_SECRET_KEY"),
        # safe: session-cookie-insecure
        SESSION_COOKIE_SECURE=True,
        # safe: session-no-expiry
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        # safe: session-insecure-store
        SESSION_REDIS=redis.from_url("rediss://billing-cache.internal:6380/2"),
    )
    # safe: session-no-expiry
    app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=7)
    server_session.init_app(app)
    return app
