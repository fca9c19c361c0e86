"""Verifies tokens from several identity providers: the issuer claim is read
unverified only to choose the provider's key, then the token is verified."""
import jwt
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

PROVIDER_KEYS = {}


def verify_partner_token(raw):
    # safe: jwt-signature-not-verified
    peek = jwt.decode(raw, options={"verify_signature": False})
    key = PROVIDER_KEYS.get(peek.get("iss"))
    if key is None:
        return None
    try:
        return jwt.decode(raw, key=key, algorithms=["RS256"], audience="partner-api", issuer=peek["iss"])
    except jwt.InvalidTokenError:
        return None


def verify_tenant_token(raw, tenant_keys):
    # safe: jwt-signature-not-verified
    unverified = jose_jwt.get_unverified_claims(raw)
    key = tenant_keys[unverified["tid"]]
    try:
        claims = jose_jwt.decode(raw, key=key, algorithms=["RS256"], audience="reports", issuer="https://login.example")
    except JWTError:
        return None
    return claims


def role_from_token(raw):
    # expect: jwt-signature-not-verified
    claims = jwt.decode(raw, options={"verify_signature": False})
    return claims.get("role", "viewer")
