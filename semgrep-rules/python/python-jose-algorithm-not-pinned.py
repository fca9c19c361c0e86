import os
from jose import jwt, jws

KEY = os.environ["JWT_KEY"]


def no_algs(token):
    # ok: python-jose-algorithm-not-pinned
    return jwt.decode(token, KEY)


def no_algs_kw(token):
    # ok: python-jose-algorithm-not-pinned
    return jwt.decode(token, KEY, audience="api", issuer="https://id")


def algs_none(token):
    # ok: python-jose-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=None)


def mixed(token):
    # ruleid: python-jose-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=["HS256", "RS256"])


def header_alg(token):
    hdr = jwt.get_unverified_header(token)
    # ruleid: python-jose-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=hdr["alg"])


def raw_jws(token):
    # ok: python-jose-algorithm-not-pinned
    return jws.verify(token, KEY, None)


def pinned(token):
    # ok: python-jose-algorithm-not-pinned
    return jwt.decode(token, KEY, algorithms=["HS256"])


def pinned_positional(token):
    # ok: python-jose-algorithm-not-pinned
    return jwt.decode(token, KEY, ["RS256"], audience="api", issuer="https://id")


def unverified(token):
    # ok: python-jose-algorithm-not-pinned
    return jwt.decode(token, KEY, options={"verify_signature": False})
