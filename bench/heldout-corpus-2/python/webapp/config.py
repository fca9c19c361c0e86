"""Configuration classes loaded with app.config.from_object()."""
import os
import secrets
from datetime import timedelta

import redis


class BaseConfig:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_TYPE = "redis"
    SESSION_USE_SIGNER = True
    # safe: session-cookie-insecure
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Strict"
    # safe: session-no-expiry
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    # safe: session-no-expiry
    REMEMBER_COOKIE_DURATION = timedelta(hours=12)
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_SAMESITE = "Lax"


class ProductionConfig(BaseConfig):
    # safe: session-weak-secret
    SECRET_KEY = os.environ["FLASK_SECRET_KEY"]
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    # safe: session-insecure-store
    SESSION_REDIS = redis.from_url(os.environ["SESSION_REDIS_URL"], ssl_cert_reqs="required")


class StagingConfig(BaseConfig):
    SECRET_KEY = os.environ["FLASK_SECRET_KEY"]
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    # safe: session-insecure-store
    SESSION_REDIS = redis.Redis(host="sessions.staging.internal", port=6380, ssl=True)


class TestConfig(BaseConfig):
    TESTING = True
    # safe: session-weak-secret
    SECRET_KEY = secrets.token_hex(32)
    SQLALCHEMY_DATABASE_URI = "sqlite://"
