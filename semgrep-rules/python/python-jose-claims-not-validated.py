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
