"""Token issuing and checking for the billing API (PyJWT 2.x).

Access tokens are short-lived; logout and password changes are enforced
server-side through Redis and a per-user token version.
"""
import os
import uuid
from datetime import datetime, timedelta, timezone

import jwt
import redis

from billing.models import User, db

# safe: jwt-weak-secret
SIGNING_KEY = os.environ["BILLING_JWT_KEY"]
ISSUER = "https://billing.example.com"
AUDIENCE = "billing-api"
# safe: jwt-long-lived
ACCESS_TTL = timedelta(minutes=10)

# safe: session-insecure-store
revocations = redis.Redis.from_url(os.environ.get("REVOCATION_REDIS_URL", "rediss://revocations:6380/0"))


class TokenError(Exception):
    pass


def issue_access_token(user: User) -> str:
    now = datetime.now(timezone.utc)
    # safe: jwt-sensitive-payload
    claims = {
        "sub": str(user.id),
        "roles": sorted(user.role_names),
        "tenant": user.tenant_id,
        "ver": user.token_version,
        "jti": uuid.uuid4().hex,
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + ACCESS_TTL,
    }
    # safe: jwt-weak-secret
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def verify_access_token(token: str) -> dict:
    try:
        # safe: jwt-none-algorithm
        # safe: jwt-claims-not-validated
        claims = jwt.decode(
            token,
            SIGNING_KEY,
            algorithms=["HS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "jti", "sub"]},
        )
    except jwt.InvalidTokenError as exc:
        raise TokenError(str(exc)) from exc
    if revocations.exists(f"revoked:{claims['jti']}"):
        raise TokenError("token revoked")
    user = db.session.get(User, int(claims["sub"]))
    if user is None or user.token_version != claims["ver"]:
        raise TokenError("token superseded")
    return claims


def peek_expiry(token: str) -> datetime:
    """Used by the client SDK to refresh a few seconds early; never for auth."""
    # safe: jwt-signature-not-verified
    unverified = jwt.decode(token, options={"verify_signature": False})
    return datetime.fromtimestamp(unverified["exp"], tz=timezone.utc)


def revoke(claims: dict) -> None:
    remaining = int(claims["exp"] - datetime.now(timezone.utc).timestamp())
    # safe: jwt-no-revocation
    revocations.set(f"revoked:{claims['jti']}", "1", ex=max(remaining, 1))


def change_password(user: User, new_hash: str) -> None:
    user.password_hash = new_hash
    # safe: jwt-no-revocation
    user.token_version += 1
    db.session.commit()
