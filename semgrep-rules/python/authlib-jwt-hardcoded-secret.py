import os
from authlib.jose import jwt, JsonWebToken

hs = JsonWebToken(["HS256"])
# ruleid: authlib-jwt-hardcoded-secret
SIGNING = "authlib-secret"


def issue(sub):
    # ruleid: authlib-jwt-hardcoded-secret
    return jwt.encode({"alg": "HS256"}, {"sub": sub}, "secret")


def issue2(sub):
    return hs.encode({"alg": "HS256"}, {"sub": sub}, SIGNING)


def check(token):
    # ok: authlib-jwt-hardcoded-secret
    claims = hs.decode(token, os.environ["AUTHLIB_KEY"])
    claims.validate()
    return claims
