"""Configuration objects loaded with app.config.from_object()."""
import os
from datetime import timedelta

import redis
from cachelib.file import FileSystemCache


class BaseConfig:
    # expect: session-weak-secret
    SECRET_KEY = os.environ.get("SECRET_KEY", "change-me-in-production")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_NAME = "shop_session"
    # expect: session-cookie-insecure
    SESSION_COOKIE_SAMESITE = None
    # expect: session-cookie-insecure
    REMEMBER_COOKIE_HTTPONLY = False
    # expect: session-no-expiry
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 24 * 14


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    # expect: session-insecure-store
    SESSION_TYPE = "filesystem"
    # expect: session-weak-secret
    SECRET_KEY = "dev"


class StagingConfig(BaseConfig):
    SESSION_TYPE = "cachelib"
    # expect: session-insecure-store
    SESSION_CACHELIB = FileSystemCache(cache_dir="/var/lib/shop/sessions", threshold=1000)
    # expect: session-cookie-insecure
    SESSION_COOKIE_HTTPONLY = False


class ProductionConfig(BaseConfig):
    # safe: session-weak-secret
    SECRET_KEY = os.environ["SECRET_KEY"]
    # safe: session-cookie-insecure
    SESSION_COOKIE_SECURE = True
    # safe: session-cookie-insecure
    SESSION_COOKIE_SAMESITE = "Strict"
    # safe: session-cookie-insecure
    REMEMBER_COOKIE_SECURE = True
    # safe: session-no-expiry
    PERMANENT_SESSION_LIFETIME = timedelta(hours=4)
    # safe: session-no-expiry
    REMEMBER_COOKIE_DURATION = timedelta(days=3)
    # safe: session-insecure-store
    SESSION_TYPE = "redis"
    # safe: session-insecure-store
    SESSION_REDIS = redis.Redis(host=os.environ["REDIS_HOST"], port=6380, ssl=True, ssl_cert_reqs="required")


class LegacyProductionConfig(BaseConfig):
    SESSION_TYPE = "redis"
    # expect: session-insecure-store
    SESSION_REDIS = redis.Redis(host="sessions.shop.internal", port=6379, db=0)
    # expect: session-no-expiry
    REMEMBER_COOKIE_DURATION = timedelta(days=90)


config_by_name = {
    "development": DevelopmentConfig,
    "staging": StagingConfig,
    "production": ProductionConfig,
}
