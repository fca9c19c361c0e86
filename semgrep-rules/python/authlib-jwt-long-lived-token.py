import os
import time
from authlib.jose import jwt

KEY = os.environ["JWT_KEY"]


def issue(sub):
    # ruleid: authlib-jwt-long-lived-token
    return jwt.encode({"alg": "HS256"}, {"sub": sub, "exp": int(time.time()) + 86400}, KEY)


def issue_forever(sub):
    # ruleid: authlib-jwt-long-lived-token
    return jwt.encode({"alg": "HS256"}, {"sub": sub, "iss": "api"}, KEY)


def issue_short(sub):
    # ok: authlib-jwt-long-lived-token
    return jwt.encode({"alg": "HS256"}, {"sub": sub, "exp": int(time.time()) + 900}, KEY)
