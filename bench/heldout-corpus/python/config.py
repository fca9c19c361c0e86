"""Configuration classes for the volunteer-rota Flask app.

Loaded with ``app.config.from_object(config_by_name[os.environ["APP_ENV"]])``.
Sessions are kept server-side with Flask-Session; logins use Flask-Login.
"""
import os
from datetime import timedelta

import redis


class BaseConfig:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_TYPE = "redis"
    SESSION_USE_SIGNER = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "localhost")


class StagingConfig(BaseConfig):
    # expect: session-weak-secret
    SECRET_KEY = os.environ.get("SECRET_KEY", "rota-staging-secret")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://rota@localhost/rota_staging")
    # expect: session-insecure-store
    SESSION_REDIS = redis.from_url("redis://staging-redis.rota.internal:6379/2")
    # expect: session-cookie-insecure
    SESSION_COOKIE_SECURE = False
    SESSION_PERMANENT = True
    # expect: session-no-expiry
    PERMANENT_SESSION_LIFETIME = timedelta(days=60)
    # expect: session-no-expiry
    REMEMBER_COOKIE_DURATION = timedelta(days=365)
    # expect: session-cookie-insecure
    REMEMBER_COOKIE_SECURE = False


class ProductionConfig(BaseConfig):
    # safe: session-weak-secret
    SECRET_KEY = os.environ["SECRET_KEY"]
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    # safe: session-insecure-store
    SESSION_REDIS = redis.Redis(
        host=os.environ["REDIS_HOST"],
        port=6380,
        password=os.environ["REDIS_PASSWORD"],
        ssl=True,
    )
    # safe: session-cookie-insecure
    SESSION_COOKIE_SECURE = True
    SESSION_PERMANENT = True
    # safe: session-no-expiry
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    # safe: session-no-expiry
    REMEMBER_COOKIE_DURATION = timedelta(hours=12)
    # safe: session-cookie-insecure
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_SAMESITE = "Lax"


config_by_name = {
    "staging": StagingConfig,
    "production": ProductionConfig,
}
