import os
from jose import jwt

KEY = os.environ["JWT_KEY"]
PUBLIC_KEY = os.environ["JWT_PUBLIC_KEY"]


def no_exp(token):
    # ruleid: python-jose-claims-not-validated
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": False})


def no_aud(token):
    # ruleid: python-jose-claims-not-validated
    return jwt.decode(token, KEY, algorithms=["HS256"], options=dict(verify_aud=False))


def idp_no_audience(token):
    # ruleid: python-jose-claims-not-validated
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])


def idp_full(token):
    # ok: python-jose-claims-not-validated
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api", issuer="https://id")


def own(token):
    # ok: python-jose-claims-not-validated
    return jwt.decode(token, KEY, algorithms=["HS256"])


def verify_with_optional_audience(token, key, audience):
    if audience == "":
        # ruleid: python-jose-claims-not-validated
        opts = {"verify_aud": False}
    else:
        # ok: python-jose-claims-not-validated
        opts = {}
    return jwt.decode(token, key, algorithms=["RS256"], audience=audience, issuer="https://idp.example", options=opts)


def verify_with_leeway_flag(token, key, strict):
    if strict:
        # ok: python-jose-claims-not-validated
        opts = {"verify_at_hash": False}
    else:
        # ok: python-jose-claims-not-validated
        opts = {"require": ["exp"]}
    return jwt.decode(token, key, algorithms=["RS256"], audience="api", issuer="https://idp.example", options=opts)
