import os
from jose import jwt, jws

KEY = os.environ["JWT_KEY"]


def no_algs(token):
    # ruleid: python-jose-decode-without-algorithms
    return jwt.decode(token, KEY)


def no_algs_kw(token):
    # ruleid: python-jose-decode-without-algorithms
    return jwt.decode(token, KEY, audience="api", issuer="https://id")


def algs_none(token):
    # ruleid: python-jose-decode-without-algorithms
    return jwt.decode(token, KEY, algorithms=None)


def mixed(token):
    # ok: python-jose-decode-without-algorithms
    return jwt.decode(token, KEY, algorithms=["HS256", "RS256"])


def header_alg(token):
    hdr = jwt.get_unverified_header(token)
    # ok: python-jose-decode-without-algorithms
    return jwt.decode(token, KEY, algorithms=hdr["alg"])


def raw_jws(token):
    # ruleid: python-jose-decode-without-algorithms
    return jws.verify(token, KEY, None)


def pinned(token):
    # ok: python-jose-decode-without-algorithms
    return jwt.decode(token, KEY, algorithms=["HS256"])


def pinned_positional(token):
    # ok: python-jose-decode-without-algorithms
    return jwt.decode(token, KEY, ["RS256"], audience="api", issuer="https://id")


def unverified(token):
    # ok: python-jose-decode-without-algorithms
    return jwt.decode(token, KEY, options={"verify_signature": False})
