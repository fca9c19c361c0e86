import os
from authlib.jose import jwt, JsonWebToken

KEY = os.environ["JWT_KEY"]
ALGS = ["RS256", "HS256"]
pinned_jwt = JsonWebToken(["RS256"])
# ruleid: authlib-jwt-all-algorithms
mixed_jwt = JsonWebToken(["HS256", "RS256"])
# ruleid: authlib-jwt-all-algorithms
const_jwt = JsonWebToken(ALGS)
# ruleid: authlib-jwt-all-algorithms
none_jwt = JsonWebToken(["none"])


def default_instance(token):
    # ruleid: authlib-jwt-all-algorithms
    claims = jwt.decode(token, KEY)
    claims.validate()
    return claims


def pinned(token):
    # ok: authlib-jwt-all-algorithms
    claims = pinned_jwt.decode(token, KEY)
    claims.validate()
    return claims


def sign(payload):
    # ok: authlib-jwt-all-algorithms
    return jwt.encode({"alg": "RS256"}, payload, KEY)
