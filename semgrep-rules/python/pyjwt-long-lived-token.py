import os
import time
from datetime import datetime, timedelta, timezone

import jwt

KEY = os.environ["JWT_KEY"]


def week_token(user_id):
    payload = {
        "sub": str(user_id),
        # ruleid: pyjwt-long-lived-token
        "exp": datetime.now(timezone.utc) + timedelta(days=7),
    }
    return jwt.encode(payload, KEY, algorithm="HS256")


def hour_token(user_id):
    # ruleid: pyjwt-long-lived-token
    return jwt.encode({"sub": user_id, "exp": int(time.time()) + 3600}, KEY, algorithm="HS256")


def item_token(user_id):
    payload = {"sub": user_id}
    # ruleid: pyjwt-long-lived-token
    payload["exp"] = datetime.utcnow() + timedelta(hours=12)
    return jwt.encode(payload, KEY, algorithm="HS256")


def var_token(user_id):
    # ruleid: pyjwt-long-lived-token
    expire = datetime.now(timezone.utc) + timedelta(minutes=60 * 24)
    to_encode = {"sub": user_id}
    to_encode.update({"exp": expire})
    return jwt.encode(to_encode, KEY, algorithm="HS256")


def no_exp_inline(user_id):
    # ruleid: pyjwt-long-lived-token
    return jwt.encode({"sub": user_id, "role": "user"}, KEY, algorithm="HS256")


def no_exp_var(user_id):
    # ruleid: pyjwt-long-lived-token
    claims = {"sub": user_id, "scope": "read"}
    return jwt.encode(claims, KEY, algorithm="HS256")


def short_token(user_id):
    # ok: pyjwt-long-lived-token
    payload = {"sub": user_id, "exp": datetime.now(timezone.utc) + timedelta(minutes=15)}
    return jwt.encode(payload, KEY, algorithm="HS256")


def short_var(user_id):
    # ok: pyjwt-long-lived-token
    expire = datetime.now(timezone.utc) + timedelta(minutes=10)
    return jwt.encode({"sub": user_id, "exp": expire}, KEY, algorithm="HS256")


def item_short(user_id):
    payload = {"sub": user_id}
    # ok: pyjwt-long-lived-token
    payload["exp"] = int(time.time()) + 600
    return jwt.encode(payload, KEY, algorithm="HS256")


def create_refresh_token(user_id):
    # ok: pyjwt-long-lived-token
    return jwt.encode({"sub": user_id, "exp": datetime.now(timezone.utc) + timedelta(days=30)}, KEY, algorithm="HS256")


def login_pair(user_id):
    access = jwt.encode({"sub": user_id, "exp": datetime.now(timezone.utc) + timedelta(minutes=5)}, KEY, algorithm="HS256")
    # ok: pyjwt-long-lived-token
    refresh = jwt.encode({"sub": user_id, "exp": datetime.now(timezone.utc) + timedelta(days=14)}, KEY, algorithm="HS256")
    return access, refresh


def typed_refresh(user_id):
    # ok: pyjwt-long-lived-token
    return jwt.encode({"sub": user_id, "type": "refresh", "exp": datetime.now(timezone.utc) + timedelta(days=14)}, KEY, algorithm="HS256")


def token_expiry():
    # ruleid: pyjwt-long-lived-token
    expires = datetime.utcnow() + timedelta(minutes=240)
    return expires


def short_expiry():
    # ok: pyjwt-long-lived-token
    return datetime.utcnow() + timedelta(minutes=10)


def cache_ttl():
    # ok: pyjwt-long-lived-token
    return datetime.utcnow() + timedelta(hours=6)


def issue_for(username):
    return jwt.encode({"user": username, "exp": token_expiry()}, SIGNING_KEY, algorithm="HS256")


def issue_short(username):
    return jwt.encode({"user": username, "exp": short_expiry()}, SIGNING_KEY, algorithm="HS256")


class TokenHelper:
    # the lifetime is a parameter that defaults to an hour
    @staticmethod
    def encode(payload: dict, expire_period: int = 3600) -> str:
        token = jwt.encode(
            payload={
                **payload,
                # ruleid: pyjwt-long-lived-token
                "exp": datetime.now() + timedelta(seconds=expire_period),
            },
            key=config.JWT_SECRET_KEY,
            algorithm="HS256",
        )
        return token

    # a ten-minute default
    @staticmethod
    def encode_short(payload: dict, expire_period: int = 600) -> str:
        # ok: pyjwt-long-lived-token
        return jwt.encode({**payload, "exp": datetime.now() + timedelta(seconds=expire_period)}, config.JWT_SECRET_KEY, algorithm="HS256")


def make_token(user_id, minutes=60):
    # ruleid: pyjwt-long-lived-token
    payload = {"sub": user_id, "exp": datetime.utcnow() + timedelta(minutes=minutes)}
    return jwt.encode(payload, SECRET, algorithm="HS256")


# a client assertion for a provider's API: the app identifies itself to Uptycs
import requests


def uptycs_header(key, secret):
    header = {}
    # ok: pyjwt-long-lived-token
    auth_var = jwt.encode({"iss": key, "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}, secret, algorithm="HS256")
    header["Authorization"] = "Bearer %s" % auth_var
    return header


def api_login_token(user, secret):
    # ruleid: pyjwt-long-lived-token
    return jwt.encode({"iss": "app", "sub": str(user.id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=8)}, secret, algorithm="HS256")
