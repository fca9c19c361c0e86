"""Legacy SSO bridge kept for the old intranet (PyJWT 1.x era code, python-jose for the IdP)."""
import os
import time

import jwt
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

# expect: jwt-weak-secret
SSO_SHARED_SECRET = "intranet"
IDP_PUBLIC_KEY = open(os.environ["IDP_PUBLIC_KEY_FILE"]).read()
IDP_ISSUER = "https://idp.corp.example"
CLIENT_ID = "intranet-bridge"
# safe: jwt-long-lived
SSO_TOKEN_TTL_SECONDS = 300
# expect: jwt-long-lived
SSO_LEGACY_TOKEN_TTL_SECONDS = 86400


def read_sso_cookie(cookie_value):
    # expect: jwt-signature-not-verified
    data = jwt.decode(cookie_value, verify=False)
    return data["uid"]


def issue_intranet_cookie(uid):
    # safe: jwt-long-lived
    return jwt.encode({"uid": uid, "exp": int(time.time()) + 600}, SSO_SHARED_SECRET, algorithm="HS256")


def read_sso_cookie_checked(cookie_value):
    # safe: jwt-signature-not-verified
    # expect: jwt-claims-not-validated
    data = jwt.decode(cookie_value, os.environ["SSO_KEY"], algorithms=["HS256"])
    return data["uid"]


def issue_bridge_token(uid):
    now = int(time.time())
    # safe: jwt-sensitive-payload
    token = jwt.encode({"uid": uid, "iat": now, "exp": now + SSO_TOKEN_TTL_SECONDS},
                       # expect: jwt-weak-secret
                       os.environ.get("SSO_KEY", "intranet-fallback"), algorithm="HS256")
    return token


def idp_claims(id_token):
    try:
        # expect: jwt-none-algorithm
        return jose_jwt.decode(id_token, IDP_PUBLIC_KEY, audience=CLIENT_ID, issuer=IDP_ISSUER)
    except JWTError:
        return None


def idp_claims_checked(id_token):
    try:
        # safe: jwt-none-algorithm
        return jose_jwt.decode(id_token, IDP_PUBLIC_KEY, algorithms=["RS256"], audience=CLIENT_ID, issuer=IDP_ISSUER)
    except JWTError:
        return None


def idp_claims_no_issuer(id_token):
    try:
        # expect: jwt-claims-not-validated
        return jose_jwt.decode(id_token, IDP_PUBLIC_KEY, algorithms=["RS256"], audience=CLIENT_ID)
    except JWTError:
        return None


def idp_claims_expired_ok(id_token):
    # expect: jwt-claims-not-validated
    return jose_jwt.decode(id_token, IDP_PUBLIC_KEY, algorithms=["RS256"], audience=CLIENT_ID, issuer=IDP_ISSUER,
                           options={"verify_exp": False})


def idp_groups(id_token):
    # expect: jwt-signature-not-verified
    claims = jose_jwt.get_unverified_claims(id_token)
    return claims.get("groups", [])


def idp_groups_for_key_lookup(id_token, keys):
    # safe: jwt-signature-not-verified
    unverified = jose_jwt.get_unverified_claims(id_token)
    key = keys[unverified["iss"]]
    claims = jose_jwt.decode(id_token, key, algorithms=["RS256"], audience=CLIENT_ID, issuer=unverified["iss"])
    return claims.get("groups", [])


def sso_debug_token(uid):
    # expect: jwt-none-algorithm
    return jwt.encode({"uid": uid, "exp": int(time.time()) + 60}, "", algorithm="NONE")
