import os
from datetime import datetime, timedelta
from jose import jwt

KEY = os.environ["JWT_KEY"]


def issue(sub):
    # ruleid: python-jose-long-lived-token
    return jwt.encode({"sub": sub, "exp": datetime.utcnow() + timedelta(days=1)}, KEY, algorithm="HS256")


def issue_forever(sub):
    # ruleid: python-jose-long-lived-token
    return jwt.encode({"sub": sub}, KEY, algorithm="HS256")


def issue_short(sub):
    # ok: python-jose-long-lived-token
    return jwt.encode({"sub": sub, "exp": datetime.utcnow() + timedelta(minutes=5)}, KEY, algorithm="HS256")


def generate_expire_date(expire_delta=None):
    if expire_delta:
        # ok: python-jose-long-lived-token
        expire = datetime.utcnow() + expire_delta
    else:
        # ruleid: python-jose-long-lived-token
        expire = datetime.utcnow() + timedelta(days=1)
    return expire


def get_token_expiry():
    # ok: python-jose-long-lived-token
    return datetime.utcnow() + timedelta(minutes=10)


def create_token_spread(data: dict):
    # ruleid: python-jose-long-lived-token
    return jwt.encode({**data, "exp": datetime.utcnow() + timedelta(days=7)}, SECRET_KEY, algorithm="HS256")


# a client assertion for a provider's API (Zoom JWT app)
import requests


def generate_zoom_jwt(key, secret):
    header = {"alg": "HS256", "typ": "JWT"}
    # ok: python-jose-long-lived-token
    payload = {"iss": key, "exp": int(time.time() + 3600)}
    # ok: python-jose-long-lived-token
    return jwt.encode(payload, secret, algorithm="HS256", headers=header)


def issue_user_token(user, secret):
    # ruleid: python-jose-long-lived-token
    payload = {"iss": "app", "id": user.id, "exp": int(time.time() + 3600 * 8)}
    return jwt.encode(payload, secret, algorithm="HS256")
