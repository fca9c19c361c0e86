import os

import redis
from redis import Redis
from flask import Flask
from flask_session import Session
from flask_session.redis import RedisSessionInterface

app = Flask(__name__)
app.config["SESSION_TYPE"] = "redis"
# ruleid: flask-session-redis-plaintext
app.config["SESSION_REDIS"] = redis.from_url("redis://cache.internal:6379/0")
# ruleid: flask-session-redis-plaintext
app.config["SESSION_REDIS"] = Redis(host="redis.prod.svc", port=6379, password=os.environ["REDIS_PW"])
# ruleid: flask-session-redis-plaintext
app.config["SESSION_REDIS"] = redis.StrictRedis(host=os.environ["REDIS_HOST"], ssl=False)
# ruleid: flask-session-redis-plaintext
client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://:pw@redis:6379/1"))
app.config.update(SESSION_REDIS=client)


class ProdConfig:
    SESSION_TYPE = "redis"
    # ruleid: flask-session-redis-plaintext
    SESSION_REDIS = redis.from_url("redis://sessions.example.com:6379")


# ok: flask-session-redis-plaintext
app.config["SESSION_REDIS"] = redis.from_url("rediss://cache.internal:6380/0")
# ok: flask-session-redis-plaintext
app.config["SESSION_REDIS"] = Redis(host="redis.prod.svc", port=6380, ssl=True, ssl_cert_reqs="required")
# ruleid: flask-session-redis-plaintext
app.config["SESSION_REDIS"] = redis.from_url("redis://localhost:6379/0")
# ok: flask-session-redis-plaintext
app.config["SESSION_REDIS"] = redis.from_url(os.environ["SESSION_REDIS_URL"])
Session(app)
# ruleid: flask-session-redis-plaintext
app.session_interface = RedisSessionInterface(client=redis.Redis(host="10.0.4.12", port=6379))
# ok: flask-session-redis-plaintext
app.session_interface = RedisSessionInterface(client=redis.Redis(host="10.0.4.12", port=6380, ssl=True))


from os import getenv


class Config:
    SESSION_TYPE = "redis"
    # ruleid: flask-session-redis-plaintext
    SESSION_REDIS = redis.from_url(getenv("REDIS_URL", "redis://127.0.0.1:6379"))


def init_session(app):
    app.config["SESSION_TYPE"] = "redis"
    # ruleid: flask-session-redis-plaintext
    app.config["SESSION_REDIS"] = redis.Redis(host="localhost", port=6378, db=0)
    # ok: flask-session-redis-plaintext
    app.config["SESSION_REDIS"] = redis.from_url(getenv("REDIS_URL", "rediss://cache.internal:6380"))


def create_app(testing=False):
    if testing:
        # ok: flask-session-redis-plaintext
        app.config["SESSION_REDIS"] = redis.from_url("redis://localhost:6379/15")
    return app
