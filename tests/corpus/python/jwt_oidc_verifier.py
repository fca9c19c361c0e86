"""Verifies ID/access tokens issued by the corporate identity provider."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["OIDC_ISSUER"]
AUDIENCE = os.environ["OIDC_AUDIENCE"]
JWKS_URL = f"{ISSUER}/.well-known/jwks.json"


@lru_cache(maxsize=1)
def jwks_client() -> PyJWKClient:
    return PyJWKClient(JWKS_URL, cache_keys=True)


def verify_access_token(token: str) -> dict:
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    # safe: jwt-claims-not-validated
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)


def verify_id_token(token: str) -> dict:
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    # expect: jwt-claims-not-validated
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=AUDIENCE)


def verify_partner_token(token: str, partner_keys: dict) -> dict:
    # safe: jwt-signature-not-verified
    header = jwt.get_unverified_header(token)
    key = partner_keys[header["kid"]]
    # safe: jwt-none-algorithm
    return jwt.decode(token, key, algorithms=["ES256"], audience=AUDIENCE, issuer="https://partner.example.com")


def verify_multi_tenant(token: str, tenant_keys: dict) -> dict:
    # safe: jwt-signature-not-verified
    unverified = jwt.decode(token, options={"verify_signature": False})
    key = tenant_keys[unverified["iss"]]
    claims = jwt.decode(token, key, algorithms=["RS256"], audience=AUDIENCE, issuer=unverified["iss"])
    return claims


def verify_mobile_token(token: str) -> dict:
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    # expect: jwt-claims-not-validated
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], issuer=ISSUER, options={"verify_aud": False})


def verify_batch_token(token: str) -> dict:
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    options = {"verify_exp": False}
    # expect: jwt-claims-not-validated
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER, options=options)


def verify_internal(token: str) -> dict:
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    # expect: jwt-claims-not-validated
    return jwt.decode(token, signing_key.key, algorithms=["RS256", "RS512"])


def verify_loose_alg(token: str) -> dict:
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    # expect: jwt-none-algorithm
    return jwt.decode(token, signing_key.key, algorithms=["RS256", "HS256"], audience=AUDIENCE, issuer=ISSUER)


def tenant_from_token(token: str) -> str:
    # expect: jwt-signature-not-verified
    claims = jwt.decode(token, "", algorithms=["RS256"], options={"verify_signature": False, "verify_aud": False})
    return claims["tenant"]


def roles_from_token(token: str) -> list:
    # safe: jwt-claims-not-validated
    claims = jwt.decode(token, jwks_client().get_signing_key_from_jwt(token).key, algorithms=["PS256"],
                        audience=AUDIENCE, issuer=ISSUER, leeway=10)
    return claims.get("roles", [])
