import os
import jwt
import jwt as pyjwt
from jwt import PyJWKClient

KEY = os.environ["JWT_KEY"]
ALGS = ["HS256", "RS256"]
jwks = PyJWKClient("https://id.example.com/.well-known/jwks.json")


def none_sign(payload):
    # ruleid: pyjwt-algorithm-not-pinned
    return jwt.encode(payload, None, algorithm="none")


def none_sign_caps(payload):
    # ruleid: pyjwt-algorithm-not-pinned
    return pyjwt.encode(payload, "", algorithm="None")


def none_accept(token):
    # ruleid: pyjwt-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=["HS256"])


def mixed(token):
    # ruleid: pyjwt-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=["RS256", "HS256"])


def mixed_const(token):
    # ruleid: pyjwt-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=ALGS)


def from_header(token):
    header = jwt.get_unverified_header(token)
    # ruleid: pyjwt-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=[header["alg"]])


def from_header_var(token):
    alg = jwt.get_unverified_header(token)["alg"]
    # ruleid: pyjwt-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=[alg])


def no_algorithms(token):
    # ok: pyjwt-algorithm-not-pinned
    return jwt.decode(token, KEY)


def pinned(token):
    # ok: pyjwt-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=["HS256"])


def pinned_family(token):
    # ok: pyjwt-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=["RS256", "RS384"], audience="api")


def pyjwk(token):
    signing_key = jwks.get_signing_key_from_jwt(token)
    # ok: pyjwt-algorithm-not-pinned
    return jwt.decode(token, signing_key, audience="api")


def unverified(token):
    # ok: pyjwt-algorithm-not-pinned
    return jwt.decode(token, options={"verify_signature": False})


def sign_hs256(payload):
    # ok: pyjwt-algorithm-not-pinned
    return jwt.encode(payload, KEY, algorithm="HS256")


INTERNAL_NONE_ALG = "none"


def internal_sign(payload):
    # a constant: reported by pyjwt-none-algorithm-constant from its definition
    # ok: pyjwt-algorithm-not-pinned
    return jwt.encode(payload, None, algorithm=INTERNAL_NONE_ALG)
