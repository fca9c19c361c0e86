import os
from datetime import timedelta

import redis
from flask import Flask
from flask_login import LoginManager
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
login_manager = LoginManager()
server_session = Session()


def create_app(testing=False):
    app = Flask(__name__, instance_relative_config=True)

    # expect: session-weak-secret
    app.secret_key = os.environ.get("FLASK_SECRET_KEY", "dev")

    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SESSION_TYPE"] = "redis"
    # expect: session-insecure-store
    app.config["SESSION_REDIS"] = redis.from_url("redis://cache.internal:6379/0")
    app.config["SESSION_USE_SIGNER"] = True

    # safe: session-cookie-insecure
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    # expect: session-cookie-insecure
    app.config["SESSION_COOKIE_SECURE"] = False
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    # expect: session-no-expiry
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(days=30)
    # expect: session-no-expiry
    app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=365)

    db.init_app(app)
    server_session.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    from .auth import bp as auth_bp
    from .shop import bp as shop_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(shop_bp)
    return app
