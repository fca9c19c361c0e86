import os
from datetime import timedelta
import jwt
from jwt import PyJWKClient

KEY = os.environ["JWT_KEY"]
jwks = PyJWKClient("https://id.example.com/.well-known/jwks.json")


def no_exp(token):
    # ruleid: pyjwt-claims-not-validated
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": True})


def no_aud_var(token):
    opts = {"verify_aud": False, "verify_iss": False}
    # ruleid: pyjwt-claims-not-validated
    return jwt.decode(token, KEY, algorithms=["HS256"], options=opts)


def big_leeway(token):
    # ruleid: pyjwt-claims-not-validated
    return jwt.decode(token, KEY, algorithms=["HS256"], leeway=timedelta(days=1))


def big_leeway_int(token):
    # ruleid: pyjwt-claims-not-validated
    return jwt.decode(token, KEY, algorithms=["HS256"], leeway=86400)


def idp_without_iss(token):
    key = jwks.get_signing_key_from_jwt(token).key
    # ruleid: pyjwt-claims-not-validated
    return jwt.decode(token, key, algorithms=["RS256"], audience="api")


def idp_full(token):
    key = jwks.get_signing_key_from_jwt(token).key
    # ok: pyjwt-claims-not-validated
    return jwt.decode(token, key, algorithms=["RS256"], audience="api", issuer="https://id.example.com/")


def own_hs256(token):
    # ok: pyjwt-claims-not-validated
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp"]}, leeway=10)


def unverified(token):
    # ok: pyjwt-claims-not-validated
    return jwt.decode(token, options={"verify_signature": False})


def verify_with_optional_audience(token, key, audience):
    if audience == "":
        # ruleid: pyjwt-claims-not-validated
        opts = {"verify_aud": False}
    else:
        # ok: pyjwt-claims-not-validated
        opts = {}
    return jwt.decode(token, key, algorithms=["RS256"], audience=audience, issuer="https://idp.example", options=opts)


def verify_with_leeway_flag(token, key, strict):
    if strict:
        # ok: pyjwt-claims-not-validated
        opts = {"verify_at_hash": False}
    else:
        # ok: pyjwt-claims-not-validated
        opts = {"require": ["exp"]}
    return jwt.decode(token, key, algorithms=["RS256"], audience="api", issuer="https://idp.example", options=opts)


def exchange(token, key, candidates):
    try:
        # ok: pyjwt-claims-not-validated
        claims = jwt.decode(token, key, algorithms=["RS256"], options={"verify_aud": False, "require": ["exp"]})
    except jwt.PyJWKClientError as exc:
        raise ValueError("key") from exc
    except jwt.InvalidTokenError as exc:
        raise ValueError("invalid") from exc
    audiences = claims.get("aud") or []
    return [c for c in candidates if c.audience in audiences]


def audience_ignored(token, key):
    # ruleid: pyjwt-claims-not-validated
    claims = jwt.decode(token, key, algorithms=["RS256"], options={"verify_aud": False})
    return claims["sub"]
