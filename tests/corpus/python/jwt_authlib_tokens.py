"""Service-to-service tokens signed with Authlib."""
import os
import time

from authlib.jose import JsonWebToken, jwt
from authlib.jose.errors import JoseError

# safe: jwt-none-algorithm
rs_jwt = JsonWebToken(["RS256"])
# expect: jwt-none-algorithm
hs_or_rs_jwt = JsonWebToken(["HS256", "RS256"])

PRIVATE_KEY = open(os.environ["SERVICE_PRIVATE_KEY_PATH"], "rb").read()
PUBLIC_KEY = open(os.environ["SERVICE_PUBLIC_KEY_PATH"], "rb").read()
# expect: jwt-weak-secret
WEBHOOK_SECRET = "webhook-shared-secret"

CLAIMS_OPTIONS = {
    "iss": {"essential": True, "value": "https://auth.internal"},
    "aud": {"essential": True, "value": "inventory"},
    "exp": {"essential": True},
}


def issue_service_token(service: str) -> bytes:
    header = {"alg": "RS256"}
    now = int(time.time())
    # safe: jwt-long-lived
    payload = {"iss": "https://auth.internal", "aud": "inventory", "sub": service, "iat": now, "exp": now + 600}
    # safe: jwt-weak-secret
    return rs_jwt.encode(header, payload, PRIVATE_KEY)


def issue_debug_token(service: str) -> bytes:
    now = int(time.time())
    # expect: jwt-long-lived
    return rs_jwt.encode({"alg": "RS256"}, {"sub": service, "iat": now, "exp": now + 7 * 24 * 3600}, PRIVATE_KEY)


def issue_webhook_token(event_id: str) -> bytes:
    # expect: jwt-long-lived
    return jwt.encode({"alg": "HS256"}, {"sub": event_id, "iss": "webhooks"}, WEBHOOK_SECRET)


def issue_user_token(user) -> bytes:
    now = int(time.time())
    # expect: jwt-sensitive-payload
    return rs_jwt.encode({"alg": "RS256"}, {"sub": user.id, "exp": now + 300, "dob": user.date_of_birth}, PRIVATE_KEY)


def verify_service_token(token: str) -> dict:
    # safe: jwt-claims-not-validated
    claims = rs_jwt.decode(token, PUBLIC_KEY, claims_options=CLAIMS_OPTIONS)
    claims.validate()
    return claims


def verify_webhook(token: str) -> dict:
    # expect: jwt-none-algorithm
    claims = jwt.decode(token, WEBHOOK_SECRET)
    claims.validate()
    return claims


def caller_of(token: str) -> str:
    # expect: jwt-claims-not-validated
    claims = rs_jwt.decode(token, PUBLIC_KEY)
    return claims["sub"]


def scopes_of(token: str) -> list:
    try:
        # safe: jwt-claims-not-validated
        claims = rs_jwt.decode(token, PUBLIC_KEY, claims_options=CLAIMS_OPTIONS)
        claims.validate(leeway=5)
    except JoseError:
        return []
    return claims.get("scope", "").split()


def verify_legacy(token: str) -> dict:
    # expect: jwt-claims-not-validated
    return hs_or_rs_jwt.decode(token, PUBLIC_KEY, claims_options=CLAIMS_OPTIONS)
