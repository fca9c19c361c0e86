"""Validation of ID tokens and access tokens from the corporate IdPs."""
import logging
import os

import jwt
import requests
from authlib.jose import JsonWebKey, JsonWebToken
from authlib.jose import jwt as authlib_jwt
from authlib.jose.errors import JoseError

log = logging.getLogger(__name__)

OKTA_ISSUER = os.environ["OKTA_ISSUER"]
OKTA_AUDIENCE = os.environ["OKTA_AUDIENCE"]
AZURE_TENANT = os.environ["AZURE_TENANT_ID"]
AZURE_CLIENT_ID = os.environ["AZURE_CLIENT_ID"]

_jwks_client = jwt.PyJWKClient(f"{OKTA_ISSUER}/v1/keys", cache_keys=True)
_azure_jwks = None


def _azure_keys():
    global _azure_jwks
    if _azure_jwks is None:
        url = f"https://login.microsoftonline.com/{AZURE_TENANT}/discovery/v2.0/keys"
        _azure_jwks = JsonWebKey.import_key_set(requests.get(url, timeout=5).json())
    return _azure_jwks


def verify_okta_token(token: str) -> dict:
    # safe: jwt-signature-not-verified
    header = jwt.get_unverified_header(token)
    log.debug("okta token kid=%s", header.get("kid"))
    signing_key = _jwks_client.get_signing_key(header["kid"])
    # safe: jwt-none-algorithm
    # safe: jwt-claims-not-validated
    # safe: jwt-signature-not-verified
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=OKTA_AUDIENCE,
        issuer=OKTA_ISSUER,
    )


def verify_azure_id_token(token: str) -> dict:
    # expect: jwt-none-algorithm
    # expect: jwt-claims-not-validated
    claims = authlib_jwt.decode(token, _azure_keys())
    return {"oid": claims["oid"], "email": claims.get("preferred_username")}


def verify_azure_access_token(token: str) -> dict:
    rs_only = JsonWebToken(["RS256"])
    # safe: jwt-none-algorithm
    # safe: jwt-claims-not-validated
    claims = rs_only.decode(
        token,
        _azure_keys(),
        claims_options={
            "iss": {"essential": True, "value": f"https://login.microsoftonline.com/{AZURE_TENANT}/v2.0"},
            "aud": {"essential": True, "value": AZURE_CLIENT_ID},
            "exp": {"essential": True},
        },
    )
    try:
        claims.validate(leeway=30)
    except JoseError as exc:
        raise PermissionError(str(exc)) from exc
    return dict(claims)


def verify_partner_token(token: str, partner_key) -> dict:
    """Partners sign with either a shared secret or their RSA key."""
    # expect: jwt-none-algorithm
    return jwt.decode(
        token,
        partner_key,
        algorithms=["HS256", "RS256"],
        audience="partner-gateway",
        issuer="https://partners.fleetdesk.io",
    )


def verify_internal_rs_token(token: str, public_key) -> dict:
    # safe: jwt-none-algorithm
    return jwt.decode(
        token,
        public_key,
        algorithms=["RS256", "RS384"],
        audience="fleetdesk-internal",
        issuer="https://auth.fleetdesk.io",
    )


def verify_okta_without_audience(token: str) -> dict:
    """Used by the admin CLI only; accepts tokens minted for any Okta app."""
    key = _jwks_client.get_signing_key_from_jwt(token).key
    # expect: jwt-claims-not-validated
    return jwt.decode(token, key, algorithms=["RS256"], issuer=OKTA_ISSUER, options={"verify_aud": False})
