import os
from jose import jwt
from jose import jwt as jose_jwt

KEY = os.environ["JWT_KEY"]


def inline(token):
    # ruleid: python-jose-verify-signature-disabled
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_signature": True})


def variable(token):
    opts = {"verify_signature": False, "verify_aud": False}
    # ruleid: python-jose-verify-signature-disabled
    return jose_jwt.decode(token, KEY, algorithms=["HS256"], options=opts)


def read_iss_then_verify(token, keys):
    unverified = jwt.decode(token, None, options={"verify_signature": False})
    key = keys[unverified["iss"]]
    # ok: python-jose-verify-signature-disabled
    claims = jwt.decode(token, key, algorithms=["RS256"], audience="api", issuer=unverified["iss"])
    return claims


def verified(token):
    # ok: python-jose-verify-signature-disabled
    return jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_aud": True})
